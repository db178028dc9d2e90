// File: SchemaWalker — reads a form's data schema the way its author means it:
// properties, array items, local and shared $refs (schemas/common/*.json by
// $id), and the subschemas of if/then/else and the combinators. Over a json
// (the case-type checks) or an ordered_json (a batch table's columns, in the
// order the schema was written).
//
//   SchemaWalker<json> walker(form.schema(), shared);     // shared: $id → document
//   walker.Declares({"claims", "principal", "amount"});   // a rule may read it
//   const json* node = walker.Deref(child, document, &in); // $ref chain followed, `in` its document
#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/json/pointer.h"

namespace yaosu::cases {

template <typename Json>
class SchemaWalker {
 public:
  SchemaWalker(const Json& root, const std::map<std::string, Json>& shared) : root_(root), shared_(shared) {}

  // Declares: whether the data at `tokens` (from the form's root) is declared.
  bool Declares(const std::vector<std::string>& tokens) const {
    return Declares(Deref(root_, root_), root_, tokens, 0, 0);
  }

  // At: the schema of the element at `tokens` (first match), with the document it lives in.
  std::optional<std::pair<const Json*, const Json*>> At(const std::vector<std::string>& tokens) const {
    const Json* document = &root_;
    const Json* node = &root_;
    for (const std::string& token : tokens) {
      node = Deref(*node, *document, &document);
      if (node == nullptr || !node->is_object()) return std::nullopt;
      const Json* next = Child(*node, token);
      if (next == nullptr) return std::nullopt;
      node = next;
    }
    node = Deref(*node, *document, &document);
    if (node == nullptr) return std::nullopt;
    return std::make_pair(node, document);
  }

  // Deref: `node` with its $ref chain followed (a few hops at most).
  const Json* Deref(const Json& node, const Json& document, const Json** document_out = nullptr) const {
    const Json* current = &node;
    const Json* in = &document;
    for (int hops = 0; hops < 8 && current->is_object() && current->contains("$ref") && (*current)["$ref"].is_string();
         ++hops) {
      const std::string ref = (*current)["$ref"].template get<std::string>();
      const std::size_t hash = ref.find('#');
      std::string base = ref.substr(0, hash);
      if (!base.empty() && base.find("://") == std::string::npos && in->contains("$id")) {
        const std::string id = (*in)["$id"].template get<std::string>();  // a relative reference: beside the current document
        base = id.substr(0, id.rfind('/') + 1) + base;
      }
      if (!base.empty()) {
        const auto found = shared_.find(base);
        if (found == shared_.end()) return nullptr;
        in = &found->second;
      }
      if (hash == std::string::npos || hash + 1 == ref.size()) {
        current = in;
      } else {
        current = ResolvePointer(*in, ref.substr(hash + 1));
        if (current == nullptr) return nullptr;
      }
    }
    if (document_out != nullptr) *document_out = in;
    return current;
  }

 private:
  static const Json* Child(const Json& node, const std::string& token) {
    if (node.contains("properties") && node["properties"].contains(token)) return &node["properties"][token];
    if (!token.empty() && token.find_first_not_of("0123456789") == std::string::npos) {
      if (node.contains("prefixItems") && node["prefixItems"].is_array()) {
        const std::optional<std::size_t> index = ParseArrayIndex(token);
        if (index && *index < node["prefixItems"].size()) return &node["prefixItems"][*index];
      }
      if (node.contains("items") && node["items"].is_object()) return &node["items"];
    }
    return nullptr;
  }

  bool Declares(const Json* node, const Json& document, const std::vector<std::string>& tokens, std::size_t i,
                int depth) const {
    if (node == nullptr || depth > 32) return false;
    if (i == tokens.size()) return true;
    if (!node->is_object()) return false;
    const Json* in = &document;
    if (const Json* child = Child(*node, tokens[i])) {
      const Json* target = Deref(*child, *in, &in);
      if (Declares(target, *in, tokens, i + 1, depth + 1)) return true;
    }
    for (const char* key : {"allOf", "anyOf", "oneOf"}) {
      if (!node->contains(key) || !(*node)[key].is_array()) continue;
      for (const Json& branch : (*node)[key]) {
        const Json* branch_in = &document;
        if (Declares(Deref(branch, document, &branch_in), *branch_in, tokens, i, depth + 1)) return true;
      }
    }
    for (const char* key : {"if", "then", "else"}) {
      if (!node->contains(key)) continue;
      const Json* branch_in = &document;
      if (Declares(Deref((*node)[key], document, &branch_in), *branch_in, tokens, i, depth + 1)) return true;
    }
    return false;
  }

  const Json& root_;
  const std::map<std::string, Json>& shared_;
};

}  // namespace yaosu::cases
