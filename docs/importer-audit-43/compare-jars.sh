#!/bin/bash
# import each earlier-audit file alone with main's jar and this branch's, diff banks and outputs
out=/tmp/imp43/cmp; rm -rf $out; mkdir -p $out
cd /work/wt/imp43
for f in $(find docs/importer-audit-40 docs/importer-audit-41 docs/importer-audit-42 docs/importer-audit-43 -type f ! -name 'README*' ! -name '*.py' ! -name '*.sh' | sort); do
  k=$(echo $f | tr '/' '_')
  enc=""; [ "$f" = docs/importer-audit-43/t2-table-zh-gbk.md ] && enc="--encoding gb18030"
  java -jar /tmp/imp43/main/qbank.jar import $f $enc --bank=$out/m-$k > $out/m-$k.out 2>&1
  java -jar cli/target/qbank.jar import $f $enc --bank=$out/n-$k > $out/n-$k.out 2>&1
  if ! diff -q <(sed "s#$out/[mn]-##" $out/m-$k.out) <(sed "s#$out/[mn]-##" $out/n-$k.out) >/dev/null || { [ -d $out/m-$k ] && ! diff -r -q -I '^  - file: ' -I 'source: ' -I '^    digest: ' $out/m-$k/questions $out/n-$k/questions >/dev/null; }; then echo "DIFF $f"; fi
done
