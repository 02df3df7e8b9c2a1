#!/usr/bin/env bash
# Deterministic build of the blind-4 round: sources/Bxx/*.html + MANIFEST -> archives/Bxx.{zip,tar.gz,7z}
# (sources/gen.py wrote the sources and labels.json once; this script only builds archives.)
set -euo pipefail
cd "$(dirname "$0")"
export SOURCE_DATE_EPOCH=1767225600 TZ=UTC LC_ALL=C
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
rm -f archives/B*.zip archives/B*.tar.gz archives/B*.7z
for d in sources/B[0-9][0-9]; do
  b=$(basename "$d")
  arch=$(python3 -c "import json;m=json.load(open('sources/meta.json'))['$b'];print(m['archive'], int(m['folder_inside']))")
  set -- $arch; aname=$1; folder=$2
  root="$STAGE/$b"; out="$root"
  [ "$folder" = 1 ] && out="$root/Viedais_ciems_pieteikums_$b"
  mkdir -p "$out"
  while read -r f kind; do
    [ -z "$f" ] && continue
    base="${f%.html}"
    case "$kind" in
      docx|odt) pandoc -f html -t "$kind" -o "$out/$base.$kind" "$d/$f"; python3 sources/normzip.py "$out/$base.$kind" ;;
      html) cp "$d/$f" "$out/$f"; mkdir -p "$out/Lapa_files"; cp "$d"/Lapa_files/* "$out/Lapa_files/" ;;
      docx-damaged) pandoc -f html -t docx -o "$STAGE/tmp.docx" "$d/$f"
                    sz=$(stat -c %s "$STAGE/tmp.docx"); head -c $((sz*45/100)) "$STAGE/tmp.docx" > "$out/$base.docx"; rm "$STAGE/tmp.docx" ;;
      copy) cp "$d/$f" "$out/$f" ;;
    esac
  done < "$d/MANIFEST"
  find "$root" -exec touch -h -d @$SOURCE_DATE_EPOCH {} +
  case "$aname" in
    *.zip) (cd "$root" && rm -f "$OLDPWD/archives/$aname"; find . -type f | sed 's|^\./||' | sort | zip -X -q "$OLDPWD/archives/$aname" -@) ;;
    *.tar.gz) tar --sort=name --mtime=@$SOURCE_DATE_EPOCH --owner=0 --group=0 --numeric-owner -C "$root" -cf - . | gzip -n -9 > "archives/$aname" ;;
    *.7z) (cd "$root" && find . -type f | sed 's|^\./||' | sort > "$STAGE/list.txt" && 7z a -t7z -bd -bso0 -bsp0 "$OLDPWD/archives/$aname" @"$STAGE/list.txt") ;;
  esac
done
(cd archives && sha256sum B* > SHA256SUMS)
