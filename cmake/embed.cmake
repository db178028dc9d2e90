# yaosu_embed(target NAME files...): compiles the text of `files` into `target`
# as yaosu::embedded::NAME() (declared in core/embedded/embedded.h). Editing a
# file re-runs the configure step, so the library never embeds stale data.
function(yaosu_embed target name)
  set(YAOSU_EMBED_NAME "${name}")
  set(YAOSU_EMBED_ENTRIES "")
  foreach(_file IN LISTS ARGN)
    file(READ "${_file}" _content)
    string(APPEND YAOSU_EMBED_ENTRIES "      R\"yaosu(${_content})yaosu\",\n")
  endforeach()
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${ARGN})
  set(_output "${CMAKE_CURRENT_BINARY_DIR}/embedded_${name}.cpp")
  configure_file("${PROJECT_SOURCE_DIR}/cmake/embedded.cpp.in" "${_output}" @ONLY)
  target_sources(${target} PRIVATE "${_output}")
endfunction()

# yaosu_embed_files(target NAME BASE files...): like yaosu_embed, keeping each
# file's path relative to BASE, as yaosu::embedded::NAME() → {path, text}.
function(yaosu_embed_files target name base)
  set(YAOSU_EMBED_NAME "${name}")
  set(YAOSU_EMBED_ENTRIES "")
  foreach(_file IN LISTS ARGN)
    file(READ "${_file}" _content)
    # Indentation is most of a pretty-printed JSON file; JSON strings cannot span lines, so it can go.
    string(REGEX REPLACE "\n[ \t]+" "\n" _content "${_content}")
    file(RELATIVE_PATH _path "${base}" "${_file}")
    string(APPEND YAOSU_EMBED_ENTRIES "      {\"${_path}\", R\"yaosu(${_content})yaosu\"},\n")
  endforeach()
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${ARGN})
  set(_output "${CMAKE_CURRENT_BINARY_DIR}/embedded_${name}.cpp")
  configure_file("${PROJECT_SOURCE_DIR}/cmake/embedded_files.cpp.in" "${_output}" @ONLY)
  target_sources(${target} PRIVATE "${_output}")
endfunction()
