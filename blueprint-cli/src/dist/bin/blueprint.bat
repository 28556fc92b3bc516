@echo off
rem blueprint: the blueprint4j command line (https://github.com/blueprint4j/blueprint4j).
rem Runs lib\blueprint.jar of this installation with the java of JAVA_HOME, else the one on
rem PATH (Java 17 or newer). BLUEPRINT_OPTS adds JVM options.
setlocal
set "BLUEPRINT_HOME=%~dp0.."
if defined JAVA_HOME (
  set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
) else (
  set "JAVA_EXE=java"
)
"%JAVA_EXE%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto %BLUEPRINT_OPTS% -jar "%BLUEPRINT_HOME%\lib\blueprint.jar" %*
exit /b %ERRORLEVEL%
