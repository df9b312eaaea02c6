// The ordinary (gcc, sanitizer) build's stand-in for libFuzzer's main: runs LLVMFuzzerTestOneInput over
// every file of the given files and directories, in a fixed order, so the committed corpus (seeds and
// every crash found so far) replays as a ctest test without clang.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

int main(int argc, char** argv)
{
    namespace fs = std::filesystem;
    std::vector<fs::path> inputs;
    for (int i = 1; i < argc; ++i) {
        const fs::path path(argv[i]);
        if (fs::is_directory(path)) {
            for (const auto& entry : fs::recursive_directory_iterator(path))
                if (entry.is_regular_file())
                    inputs.push_back(entry.path());
        } else if (fs::is_regular_file(path)) {
            inputs.push_back(path);
        } else {
            std::fprintf(stderr, "no such file or directory: %s\n", argv[i]);
            return 2;
        }
    }
    std::sort(inputs.begin(), inputs.end());
    if (inputs.empty()) {
        // An empty corpus replays nothing: most likely a wrong path, which must not pass silently.
        std::fprintf(stderr, "no inputs to replay\n");
        return 2;
    }
    for (const auto& path : inputs) {
        std::ifstream in(path, std::ios::binary);
        const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        // Named first, so a crash's report says which input it was.
        std::fprintf(stderr, "replaying %s (%zu bytes)\n", path.c_str(), bytes.size());
        std::fflush(stderr);
        // A copy of exactly the input's size, as libFuzzer passes it, so ASan sees any overread.
        std::vector<std::uint8_t> data(bytes.begin(), bytes.end());
        auto* exact = new std::uint8_t[data.size() ? data.size() : 1];
        std::copy(data.begin(), data.end(), exact);
        LLVMFuzzerTestOneInput(exact, data.size());
        delete[] exact;
    }
    std::printf("replayed %zu inputs\n", inputs.size());
    return 0;
}
