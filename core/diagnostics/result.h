// File: Result<T> — a value, or the diagnostics that explain why there is none.
//
// Loading a schema, a parameter table or a document returns a Result rather than
// throwing (abseil's StatusOr, adapted to carry a list of diagnostics):
//
//   Result<nlohmann::json> parsed = ParseJson(text);
//   if (!parsed.ok()) return parsed.diagnostics();
//   Use(*parsed);
#pragma once

#include <optional>
#include <utility>

#include "core/diagnostics/diagnostic.h"

namespace yaosu {

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design, like StatusOr
  Result(Diagnostics diagnostics) : diagnostics_(std::move(diagnostics)) {}         // NOLINT
  Result(Diagnostic diagnostic) { diagnostics_.push_back(std::move(diagnostic)); }  // NOLINT

  bool ok() const { return value_.has_value(); }
  const T& value() const& { return *value_; }
  T& value() & { return *value_; }
  T&& value() && { return std::move(*value_); }
  const T& operator*() const& { return *value_; }
  T& operator*() & { return *value_; }
  const T* operator->() const { return &*value_; }
  T* operator->() { return &*value_; }

  // diagnostics: why there is no value (when !ok()), or warnings that came with it.
  const Diagnostics& diagnostics() const { return diagnostics_; }
  void AddDiagnostic(Diagnostic diagnostic) { diagnostics_.push_back(std::move(diagnostic)); }

 private:
  std::optional<T> value_;
  Diagnostics diagnostics_;
};

}  // namespace yaosu
