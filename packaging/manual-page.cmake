# Writes integrity-dossier.1.gz: the manual page the built program prints for `help --man`,
# compressed the way Debian wants it (gzip -9n: no name, no time stamp).
#   cmake -DPROGRAM=… -DOUTPUT=…/integrity-dossier.1 -DGZIP=gzip -P manual-page.cmake
execute_process(COMMAND ${PROGRAM} help --man
                OUTPUT_FILE ${OUTPUT}
                RESULT_VARIABLE result)
file(SIZE ${OUTPUT} size)
if(NOT result EQUAL 0 OR size EQUAL 0)
    message(FATAL_ERROR "${PROGRAM} help --man failed (${result})")
endif()
execute_process(COMMAND ${GZIP} -9nf ${OUTPUT} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "gzip ${OUTPUT} failed (${result})")
endif()
