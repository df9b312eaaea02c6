# ctest translations_in_sync: the committed .ts files are what lupdate makes of today's sources, and
# every message has its translation. A tr() string moved to another class changes its context, and the
# console would show it in English until the .ts files follow (lupdate's same-text heuristic carries the
# translation over, marked unfinished for review).
# -DLUPDATE -DPROJECT_IN -DPROJECT_SCRIPT -DTS_DIR -DWORK_DIR
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
execute_process(COMMAND "${CMAKE_COMMAND}" -DIN_FILE=${PROJECT_IN} -DOUT_FILE=${WORK_DIR}/project.json
                        -P "${PROJECT_SCRIPT}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "could not write the lupdate project (${rc})")
endif()
file(GLOB ts_files "${TS_DIR}/*.ts")
set(copies)
foreach(ts ${ts_files})
    get_filename_component(name "${ts}" NAME)
    file(COPY "${ts}" DESTINATION "${WORK_DIR}")
    list(APPEND copies "${WORK_DIR}/${name}")
endforeach()
execute_process(COMMAND "${LUPDATE}" -project "${WORK_DIR}/project.json" -no-obsolete -locations none -ts ${copies}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc}): ${out}${err}")
endif()
set(problems "")
foreach(ts ${ts_files})
    get_filename_component(name "${ts}" NAME)
    file(READ "${ts}" committed)
    file(READ "${WORK_DIR}/${name}" updated)
    if(NOT committed STREQUAL updated)
        string(APPEND problems "\n  ${name} is out of date with the sources")
    endif()
    string(REGEX MATCHALL "<translation type=\"unfinished\"" unfinished "${committed}")
    list(LENGTH unfinished count)
    if(count GREATER 0)
        string(APPEND problems "\n  ${name} has ${count} unfinished translation(s)")
    endif()
endforeach()
if(problems)
    message(FATAL_ERROR "translations:${problems}\n"
            "Run `cmake --build <build> --target switchyard_lupdate`, translate what is unfinished, and "
            "drop the type=\"unfinished\" marks.\nlupdate said:\n${out}")
endif()
message(STATUS "translations in sync: ${out}")
