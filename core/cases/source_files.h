// File: where case types come from — the files under schemas/, as text.
//
// The engine never reads a disk by itself: a CaseLibrary is built from a list
// of source files. The ones compiled into the library (the same in the CLI and
// in the browser) come from EmbeddedSources(); a schema author or a test points
// ReadSchemaFolder() at a folder laid out like schemas/ to load other ones.
//
//   SourceFiles files = EmbeddedSources();
//   Result<SourceFiles> mine = ReadSchemaFolder("my-schemas");   // cases/, common/, meta/yaosu/
//   SourceFiles complete = WithBuiltinShared(*mine);             // missing shared files from the built-in ones
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics/result.h"

namespace yaosu::cases {

// SourceFile: one JSON file, its path relative to the schemas folder ('/'-separated).
struct SourceFile {
  std::string path;
  std::string text;
};

using SourceFiles = std::vector<SourceFile>;

// EmbeddedSources: the case types, shared pieces and case meta-schemas compiled in.
SourceFiles EmbeddedSources();

// WithBuiltinShared: `files` plus the compiled-in shared pieces (common/, shared/) and
// case meta-schemas (meta/yaosu/) it does not have itself, so a folder holding
// only cases/<type>/<form>/ loads on its own.
SourceFiles WithBuiltinShared(SourceFiles files);

// ReadFolderBundle: the files of a folder bundle — what web/server/form_bundles.mjs
// writes for each case type and published version's form, so the web app
// fetches a case type's files only when the page names it:
//   {"folder": "published/divorce/2025.1/complaint",
//    "files": [{"path": "published/divorce/2025.1/complaint/schema.json", "text": "…"}, …]}
// Text that does not parse, a missing or mistyped member, or a path outside
// `folder` is the diagnostic case.bundle_malformed {reason} (reason names the
// member at fault), or the parser's own json.* diagnostic.
Result<SourceFiles> ReadFolderBundle(std::string_view text);

// BundleMalformed: the diagnostic case.bundle_malformed {reason}, `reason` the
// JSON Pointer of the bundle's member at fault (a reader of a bundle already
// parsed, as the wasm's addReadFormFiles, says it the same way).
Diagnostic BundleMalformed(std::string reason);

// FolderFiles: `files` as the files of a bundle's `folder` — what ReadFolderBundle
// gives once the bundle is read; a path outside the folder is
// case.bundle_malformed {reason: /files/<index>/path}.
Result<SourceFiles> FolderFiles(std::string_view folder, SourceFiles files);

// ReadSchemaFolder: every *.json under `folder`'s cases/, published/, shared/,
// common/ and meta/yaosu/ (examples/ folders skipped). A missing or unreadable folder is
// a diagnostic case.folder_unreadable {folder}.
Result<SourceFiles> ReadSchemaFolder(const std::string& folder);

}  // namespace yaosu::cases
