# Fails when a tracked C++ source differs from what clang-format makes of it.
execute_process(COMMAND ${GIT} ls-files -- "*.cpp" "*.h"
    WORKING_DIRECTORY ${SOURCE_DIR} OUTPUT_VARIABLE files OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "git ls-files failed in ${SOURCE_DIR}")
endif()
string(REPLACE "\n" ";" files "${files}")
if(NOT files)
    message(FATAL_ERROR "no tracked sources found: the check would prove nothing")
endif()
execute_process(COMMAND ${CLANG_FORMAT} --dry-run --Werror ${files}
    WORKING_DIRECTORY ${SOURCE_DIR} RESULT_VARIABLE rc ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "Unformatted sources (run: clang-format -i $(git ls-files '*.cpp' '*.h')):\n${out}")
endif()
list(LENGTH files count)
message(STATUS "${count} sources formatted")
