#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "Result.h"

namespace switchyard::replica {

// A `switchyard.linear/v1` model: y = activation(x·W + b). W is inputs × outputs, so a data row
// is as long as `weights` and each answer row as long as `bias`.
class LinearModel
{
public:
    enum class Activation
    {
        Identity,
        Sigmoid,
        Softmax
    };

    static Result<LinearModel> fromJson(std::string_view text);

    // {"data": [[…], …]} → {"result": [[…], …], "labels": […]}; a malformed body is a BadRequest error.
    Result<nlohmann::json> score(std::string_view body) const;
    // One row, for tests and for callers that already hold numbers.
    std::vector<double> evaluate(const std::vector<double>& row) const;

    int inputs() const { return static_cast<int>(m_weights.size()); }
    int outputs() const { return static_cast<int>(m_bias.size()); }
    int workMs() const { return m_workMs; }
    Activation activation() const { return m_activation; }

private:
    std::vector<std::vector<double>> m_weights;
    std::vector<double> m_bias;
    std::vector<std::string> m_labels;
    Activation m_activation = Activation::Identity;
    int m_workMs = 0;
};

} // namespace switchyard::replica
