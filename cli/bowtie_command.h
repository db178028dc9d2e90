// File: `yaosu bowtie` — a test harness for Bowtie (https://bowtie.report),
// the tool that runs the same JSON Schema cases through many implementations.
//
// Bowtie's harness protocol, version 1: one JSON request per line on stdin,
// one JSON reply per line on stdout (flushed at once, Bowtie waits for it).
//   {"cmd":"start","version":1}        -> {"version":1,"implementation":{...}}
//   {"cmd":"dialect","dialect":URI}    -> {"ok":true} for 2020-12, else {"ok":false}
//   {"cmd":"run","seq":S,"case":{"description","schema","registry"?,"tests":[{"instance"}...]}}
//                                      -> {"seq":S,"results":[{"valid":bool}...]}
//                                         or {"seq":S,"errored":true,"context":{"message"}}
//   {"cmd":"stop"}                     -> no reply; exit 0
// A case whose schema does not compile (or is malformed) is answered as
// errored and the harness goes on. A request that breaks the protocol itself
// (unparseable line, unknown command, no seq, wrong version, nothing started)
// ends the harness with a message on stderr and exit status 2; Bowtie then
// restarts it.
#pragma once

#include <istream>
#include <ostream>

namespace yaosu::cli {

// RunBowtie: answers requests from `in` until "stop" or the end of input.
int RunBowtie(std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace yaosu::cli
