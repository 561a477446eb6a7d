#!/usr/bin/env bash
# The layer rule, checked on the sources: domain includes neither io nor cli, io does not
# include cli, and domain touches no file, clock or environment.
#   layers.sh SOURCE_DIR
set -u
cd "$1" || exit 2
status=0
bad() { echo "FAIL: $1"; printf '%s\n' "$2"; status=1; }
hits=$(grep -rnE '#include "(mentor/io/|mentor/cli/|app\.hpp|context\.hpp)' src/domain include/mentor/domain)
[ -z "$hits" ] || bad "domain includes another layer" "$hits"
hits=$(grep -rnE '#include "(context\.hpp|app\.hpp|commands/)' src/io include/mentor/io)
[ -z "$hits" ] || bad "io includes the cli layer" "$hits"
hits=$(grep -rnE '<(fstream|filesystem|ctime|unistd\.h|fcntl\.h)>|std::getenv|getenv\(|system_clock|std::time\(' src/domain include/mentor/domain)
[ -z "$hits" ] || bad "domain reads files, the clock or the environment" "$hits"
[ $status = 0 ] && echo "layers: domain <- io <- cli, domain pure"
exit $status
