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
# The store is the one door to the disk: a cli file includes no other io header that deals in
# files (one that names std::filesystem), so no command opens, reads or writes a file itself.
disk_headers=$(grep -l 'std::filesystem' include/mentor/io/*.hpp | xargs -n1 basename | grep -vx 'store.hpp')
for h in $disk_headers; do
  hits=$(grep -rn "#include \"mentor/io/$h\"" src/cli)
  [ -z "$hits" ] || bad "a cli file reaches the disk past the store (mentor/io/$h)" "$hits"
done
hits=$(grep -rnE '<(fstream|cstdio|unistd\.h|fcntl\.h|sys/mman\.h)>|fopen\(|std::[io]fstream|(fs|std::filesystem)::(exists|is_regular_file|is_directory|create_director|remove|rename|directory_iterator|file_size|copy|temp_directory_path|status)' src/cli/commands)
[ -z "$hits" ] || bad "a command touches files itself" "$hits"
[ $status = 0 ] && echo "layers: domain <- io <- cli, domain pure, cli reaches the disk through the store only"
exit $status
