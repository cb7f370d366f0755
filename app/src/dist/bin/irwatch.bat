@echo off
rem IR Watch: with no arguments opens the window; with a command runs it (irwatch --help lists them).
rem Needs Java 25: set IRWATCH_JAVA_HOME or JAVA_HOME to a JDK 25 folder.
setlocal
set "HERE=%~dp0"
set "JAVA_EXE=java"
if defined JAVA_HOME set "JAVA_EXE=%JAVA_HOME%\bin\java"
if defined IRWATCH_JAVA_HOME set "JAVA_EXE=%IRWATCH_JAVA_HOME%\bin\java"
"%JAVA_EXE%" %IRWATCH_JAVA_OPTS% --enable-native-access=ALL-UNNAMED -Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory -cp "%HERE%..\lib\*" org.irwatch.app.Launcher %*
