# Sourced (POSIX sh) by ./mvnw, ./sammen and .ci/run: point JAVA_HOME at a JDK 21 or newer.
# The machine's default java may be older (17 here), so neither JAVA_HOME nor the java on
# PATH is trusted blindly; the first JDK 21+ found wins, in this order:
# $JAVA_HOME, the java on PATH, /usr/lib/jvm/*, /opt/java/*, ~/.sdkman/candidates/java/*.

sammen_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

sammen_find_jdk() {
  sammen_path_java=$(command -v java 2>/dev/null) \
    && sammen_path_java=$(readlink -f "$sammen_path_java") \
    && sammen_path_java=${sammen_path_java%/bin/java}
  case $- in *f*) sammen_noglob=1; set +f ;; *) sammen_noglob=0 ;; esac
  for sammen_candidate in "${JAVA_HOME:-}" "${sammen_path_java:-}" /usr/lib/jvm/* /opt/java/* "$HOME"/.sdkman/candidates/java/*; do
    [ -n "$sammen_candidate" ] && [ -x "$sammen_candidate/bin/javac" ] || continue
    sammen_major=$(sammen_java_major "$sammen_candidate")
    if [ -n "$sammen_major" ] && [ "$sammen_major" -ge 21 ]; then
      echo "$sammen_candidate"
      [ "$sammen_noglob" = 1 ] && set -f
      return 0
    fi
  done
  [ "$sammen_noglob" = 1 ] && set -f
  return 1
}

if SAMMEN_JDK=$(sammen_find_jdk); then
  JAVA_HOME="$SAMMEN_JDK"
  PATH="$JAVA_HOME/bin:$PATH"
  export JAVA_HOME PATH
  unset SAMMEN_JDK
else
  echo "Sammen needs a JDK 21 or newer; none was found in JAVA_HOME, on PATH or under /usr/lib/jvm." >&2
  exit 1
fi
