"""Rewrite an ODT/DOCX zip with fixed entry timestamps (keeps order; 'mimetype' stays first and stored)."""
import sys, zipfile, shutil
p = sys.argv[1]
with zipfile.ZipFile(p) as z:
    items = [(i, z.read(i.filename)) for i in z.infolist()]
with zipfile.ZipFile(p + ".tmp", "w") as z:
    for i, data in items:
        zi = zipfile.ZipInfo(i.filename, date_time=(2026, 1, 1, 0, 0, 0))
        zi.compress_type = zipfile.ZIP_STORED if i.filename == "mimetype" else zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        z.writestr(zi, data)
shutil.move(p + ".tmp", p)
