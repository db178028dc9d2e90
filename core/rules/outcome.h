// File: Outcome — what evaluating a JsonLogic rule gives: a JSON value, or a
// RuleError {type, message}. Errors are values, never exceptions.
//
//   Outcome out = rule.Evaluate(data);
//   if (!out.ok()) Report(out.error().type, out.error().message);
//   else Use(out.value());
//
// Error types follow the JsonLogic compat suites: "NaN", "Invalid Arguments",
// "Unknown Operator", or whatever a rule `throw`s. The engine's own limits are
// "Depth Limit" and "Budget Exceeded"; those are fatal: `try` cannot catch them,
// so a hostile rule cannot swallow its own limit.
#pragma once

#include <optional>
#include <string>
#include <utility>

#include <nlohmann/json.hpp>

namespace yaosu::rules {

// Error type names used by the built-in operators.
inline constexpr const char* kErrorNaN = "NaN";
inline constexpr const char* kErrorInvalidArguments = "Invalid Arguments";
inline constexpr const char* kErrorUnknownOperator = "Unknown Operator";
inline constexpr const char* kErrorDepthLimit = "Depth Limit";
inline constexpr const char* kErrorBudgetExceeded = "Budget Exceeded";

// RuleError: a failed evaluation. `payload` is what `try` hands to its
// fallback as data ({"type": ...} or the object that was thrown).
struct RuleError {
  std::string type;
  std::string message;
  nlohmann::json payload;
  bool fatal = false;  // limits: not catchable by `try`
};

// MakeError: a RuleError whose payload is {"type": type}.
RuleError MakeError(std::string type, std::string message);

// Outcome: either a value or a RuleError.
class [[nodiscard]] Outcome {
 public:
  Outcome(nlohmann::json value) : value_(std::move(value)) {}  // NOLINT: implicit, like Result<T>
  // Scalars convert directly, so operators can `return true;` or `return text;`.
  Outcome(bool value) : value_(value) {}                    // NOLINT
  Outcome(std::string value) : value_(std::move(value)) {}  // NOLINT
  Outcome(RuleError error) : error_(std::move(error)) {}    // NOLINT

  bool ok() const { return !error_.has_value(); }
  const nlohmann::json& value() const& { return value_; }
  nlohmann::json&& value() && { return std::move(value_); }
  const RuleError& error() const { return *error_; }

  // ToJson: {"result": value} or {"error": {"type", "message"}} (the CLI's --json shape).
  nlohmann::json ToJson() const;

 private:
  nlohmann::json value_;
  std::optional<RuleError> error_;
};

}  // namespace yaosu::rules
