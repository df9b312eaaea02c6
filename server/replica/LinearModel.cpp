#include "LinearModel.h"

#include <algorithm>
#include <cmath>

namespace switchyard::replica {
namespace {

Error invalidModel(std::string message, std::string target)
{
    return Error::badRequest("InvalidModel", std::move(message), std::move(target));
}

Error invalidInput(std::string message)
{
    return Error::badRequest("InvalidInput", std::move(message), std::string("data"));
}

bool readNumbers(const nlohmann::json& array, std::vector<double>& out)
{
    if (!array.is_array())
        return false;
    out.clear();
    out.reserve(array.size());
    for (const auto& v : array) {
        // Booleans are not numbers here, although nlohmann would convert them.
        if (!v.is_number())
            return false;
        const double d = v.get<double>();
        if (!std::isfinite(d))
            return false;
        out.push_back(d);
    }
    return true;
}

} // namespace

Result<LinearModel> LinearModel::fromJson(std::string_view text)
{
    const auto json = nlohmann::json::parse(text, nullptr, false);
    if (json.is_discarded() || !json.is_object())
        return invalidModel("The model file is not a JSON object.", "model");
    if (json.value("format", std::string()) != "switchyard.linear/v1")
        return invalidModel("The model file's format must be \"switchyard.linear/v1\".", "format");

    LinearModel model;
    if (!json.contains("weights") || !json["weights"].is_array() || json["weights"].empty())
        return invalidModel("\"weights\" must be a non-empty array of rows.", "weights");
    if (!json.contains("bias") || !readNumbers(json["bias"], model.m_bias) || model.m_bias.empty())
        return invalidModel("\"bias\" must be a non-empty array of numbers.", "bias");
    for (const auto& row : json["weights"]) {
        std::vector<double> numbers;
        if (!readNumbers(row, numbers) || numbers.size() != model.m_bias.size())
            return invalidModel("Each row of \"weights\" must hold as many numbers as \"bias\".", "weights");
        model.m_weights.push_back(std::move(numbers));
    }

    const auto activation = json.value("activation", std::string("identity"));
    if (activation == "identity")
        model.m_activation = Activation::Identity;
    else if (activation == "sigmoid")
        model.m_activation = Activation::Sigmoid;
    else if (activation == "softmax")
        model.m_activation = Activation::Softmax;
    else
        return invalidModel("\"activation\" must be identity, sigmoid or softmax.", "activation");

    if (json.contains("labels")) {
        const auto& labels = json["labels"];
        if (!labels.is_array() || labels.size() != model.m_bias.size())
            return invalidModel("\"labels\" must name each output once.", "labels");
        for (const auto& l : labels) {
            if (!l.is_string())
                return invalidModel("\"labels\" must be strings.", "labels");
            model.m_labels.push_back(l.get<std::string>());
        }
    }
    if (json.contains("work_ms")) {
        const auto& w = json["work_ms"];
        if (!w.is_number_integer() || w.get<long long>() < 0 || w.get<long long>() > 600000)
            return invalidModel("\"work_ms\" must be an integer between 0 and 600000.", "work_ms");
        model.m_workMs = w.get<int>();
    }
    return model;
}

std::vector<double> LinearModel::evaluate(const std::vector<double>& row) const
{
    std::vector<double> y = m_bias;
    for (size_t i = 0; i < m_weights.size() && i < row.size(); ++i)
        for (size_t j = 0; j < y.size(); ++j)
            y[j] += row[i] * m_weights[i][j];
    switch (m_activation) {
    case Activation::Identity:
        break;
    case Activation::Sigmoid:
        for (auto& v : y)
            v = 1.0 / (1.0 + std::exp(-v));
        break;
    case Activation::Softmax: {
        // Shift by the maximum so large scores do not overflow exp().
        const double top = *std::max_element(y.begin(), y.end());
        double sum = 0;
        for (auto& v : y) {
            v = std::exp(v - top);
            sum += v;
        }
        for (auto& v : y)
            v /= sum;
        break;
    }
    }
    return y;
}

Result<nlohmann::json> LinearModel::score(std::string_view body) const
{
    const auto json = nlohmann::json::parse(body, nullptr, false);
    if (json.is_discarded())
        return Error::badRequest("InvalidJson", "The request body is not valid JSON.");
    if (!json.is_object() || !json.contains("data") || !json["data"].is_array())
        return invalidInput("The body must be an object with \"data\": an array of rows.");
    nlohmann::json result = nlohmann::json::array();
    std::vector<double> row;
    size_t index = 0;
    for (const auto& r : json["data"]) {
        if (!readNumbers(r, row))
            return invalidInput("Row " + std::to_string(index) + " is not an array of numbers.");
        if (row.size() != m_weights.size())
            return invalidInput("Row " + std::to_string(index) + " has " + std::to_string(row.size()) +
                                " values; the model takes " + std::to_string(m_weights.size()) + ".");
        result.push_back(evaluate(row));
        ++index;
    }
    nlohmann::json answer{{"result", std::move(result)}};
    if (!m_labels.empty())
        answer["labels"] = m_labels;
    return answer;
}

} // namespace switchyard::replica
