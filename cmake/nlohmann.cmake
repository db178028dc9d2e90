# nlohmann/json comes from Debian (nlohmann-json3-dev). Under Emscripten the
# toolchain hides the system prefix from find_package, and /usr/include must
# never be on a wasm include path (glibc headers break the build), so we point
# at a folder in the build tree that holds only a link to nlohmann/.
set(YAOSU_NLOHMANN_DIR "/usr/include/nlohmann" CACHE PATH "The nlohmann/ header folder")
if(NOT EXISTS "${YAOSU_NLOHMANN_DIR}/json.hpp")
  message(FATAL_ERROR "nlohmann/json not found at ${YAOSU_NLOHMANN_DIR}: apt-get install nlohmann-json3-dev")
endif()
set(_nlohmann_root "${CMAKE_BINARY_DIR}/third_party/include")
file(MAKE_DIRECTORY "${_nlohmann_root}")
file(CREATE_LINK "${YAOSU_NLOHMANN_DIR}" "${_nlohmann_root}/nlohmann" SYMBOLIC)
add_library(yaosu_nlohmann INTERFACE)
target_include_directories(yaosu_nlohmann SYSTEM INTERFACE "${_nlohmann_root}")
