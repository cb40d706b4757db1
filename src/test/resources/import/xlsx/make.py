"""Writes the small workbooks of the XLSX golden cases (python3 make.py): each a minimal valid
XLSX with one sheet, made by hand so that a cell can hold what a spreadsheet program would never
write (a far reference, a huge exponent)."""
import zipfile

CT = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
      '</Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>')
WB = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
      '<sheet name="twins" sheetId="1" r:id="rId1"/></sheets></workbook>')
WBRELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
          '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
          '</Relationships>')
# style 0: general; style 1: the built-in date format 14 (what LibreOffice gives a typed date)
STYLES = ('<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>')


def cell(ref, value):
    if isinstance(value, tuple):  # (kind, raw): a number, a date serial, a boolean
        kind, raw = value
        style = ' s="1"' if kind == 'date' else ''
        t = ' t="b"' if kind == 'bool' else ''
        return f'<c r="{ref}"{style}{t}><v>{raw}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'


def sheet(rows):
    out = []
    for r, cells in enumerate(rows, start=1):
        out.append(f'<row r="{r}">' + ''.join(cell(ref if ref else chr(65 + i) + str(r), v)
                                              for i, (ref, v) in enumerate(cells)) + '</row>')
    return ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            '<sheetData>' + ''.join(out) + '</sheetData></worksheet>')


def write(name, rows):
    with zipfile.ZipFile(name, 'w', zipfile.ZIP_DEFLATED) as z:
        for n, t in [('[Content_Types].xml', CT), ('_rels/.rels', RELS), ('xl/workbook.xml', WB),
                     ('xl/_rels/workbook.xml.rels', WBRELS), ('xl/styles.xml', STYLES),
                     ('xl/worksheets/sheet1.xml', sheet(rows))]:
            info = zipfile.ZipInfo(n, date_time=(2026, 1, 1, 0, 0, 0))
            z.writestr(info, t, zipfile.ZIP_DEFLATED)


HEAD = [(None, h) for h in ['city1', 'country1', 'city2', 'country2', 'signed']]
write('dates.xlsx', [HEAD,
                     [(None, 'Lyon'), (None, 'France'), (None, 'Birmingham'), (None, 'England'), (None, ('date', '28928'))],
                     [(None, 'Ostrava'), (None, 'Czech Republic'), (None, 'Kraków'), (None, 'Poland'), (None, ('num', '1994'))]])
write('exponent.xlsx', [HEAD, [(None, 'Lyon'), (None, 'France'), (None, 'Birmingham'), (None, 'England'),
                               (None, ('num', '1E-999999999'))]])
write('far.xlsx', [HEAD, [(None, 'Lyon'), (None, 'France'), (None, 'Birmingham'), (None, 'England'),
                          ('ZZZZZZ2', 'x')]])
open('empty.xlsx', 'wb').close()
