import zipfile
from xml.sax.saxutils import escape
def xlsx(path):
    sheets = {
     'Backend': [['Backend Interview Questions (2024)'], [], ['Question','Answer','Difficulty','Tags'],
        ['What is idempotency?','Repeating a request has the same effect as doing it once.\nPUT and DELETE are idempotent.','Easy','http, api'],
        ['Explain optimistic locking.','Read a version, write only if the version is unchanged.','Medium','db'],
        ['What is a message queue for?','Decoupling producers from consumers; buffering bursts.','Medium','mq'],
     ],
     'Frontend': [['Frontend'], ['Question','Answer','Difficulty'],
        ['What is hydration?','Attaching event handlers to server-rendered HTML.','Hard'],
        ['What is tree shaking?','Dropping unused exports at bundle time.','Easy'],
     ]}
    ss=[]; idx={}
    def si(s):
        if s not in idx: idx[s]=len(ss); ss.append(s)
        return idx[s]
    sheetxml={}
    for name,rows in sheets.items():
        out=[]
        for r,row in enumerate(rows,1):
            cells=''.join(f'<c r="{chr(65+c)}{r}" t="s"><v>{si(v)}</v></c>' for c,v in enumerate(row))
            out.append(f'<row r="{r}">{cells}</row>')
        merge = '<mergeCells count="1"><mergeCell ref="A1:D1"/></mergeCells>'
        sheetxml[name]=('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'+''.join(out)+'</sheetData>'+merge+'</worksheet>')
    z=zipfile.ZipFile(path,'w',zipfile.ZIP_DEFLATED)
    names=list(sheets)
    z.writestr('[Content_Types].xml','<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'+''.join(f'<Override PartName="/xl/worksheets/sheet{i+1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(len(names)))+'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
    z.writestr('_rels/.rels','<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    z.writestr('xl/workbook.xml','<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'+''.join(f'<sheet name="{n}" sheetId="{i+1}" r:id="rId{i+1}"/>' for i,n in enumerate(names))+'</sheets></workbook>')
    z.writestr('xl/_rels/workbook.xml.rels','<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'+''.join(f'<Relationship Id="rId{i+1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i+1}.xml"/>' for i in range(len(names)))+f'<Relationship Id="rId{len(names)+1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
    for i,n in enumerate(names): z.writestr(f'xl/worksheets/sheet{i+1}.xml',sheetxml[n])
    z.writestr('xl/sharedStrings.xml','<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'+''.join(f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in ss)+'</sst>')
    z.close()
def docx(path):
    W='xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    def p(text, num=None, style=None, bold=False):
        ppr=''
        if style or num is not None:
            ppr='<w:pPr>'+(f'<w:pStyle w:val="{style}"/>' if style else '')+(f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>' if num else '')+'</w:pPr>'
        rpr='<w:rPr><w:b/></w:rPr>' if bold else ''
        return f'<w:p>{ppr}<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'
    body=[p('Data Science Interview Prep', style='Title'),
          p('Statistics', style='Heading1'),
          p('What is a p-value?', num=(1,0)),
          p('The probability of data at least this extreme if the null hypothesis is true.'),
          p('What is the central limit theorem?', num=(1,0)),
          p('Means of large samples are approximately normal whatever the population.'),
          p('Machine learning', style='Heading1'),
          p('What is regularization?', num=(1,0)),
          p('Penalizing model complexity to reduce overfitting:'),
          p('L1 (lasso)', num=(2,0)),
          p('L2 (ridge)', num=(2,0)),
          p('Explain precision vs recall.', num=(1,0)),
          p('Precision = TP/(TP+FP); recall = TP/(TP+FN).'),
         ]
    doc=f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>'+''.join(body)+'</w:body></w:document>'
    numbering=f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {W}>
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="●"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>'''
    styles=f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {W}>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style></w:styles>'''
    z=zipfile.ZipFile(path,'w',zipfile.ZIP_DEFLATED)
    z.writestr('[Content_Types].xml','<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>')
    z.writestr('_rels/.rels','<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    z.writestr('word/_rels/document.xml.rels','<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>')
    z.writestr('word/document.xml',doc); z.writestr('word/numbering.xml',numbering); z.writestr('word/styles.xml',styles)
    z.close()
xlsx('/tmp/imp29/files/07-two-sheets.xlsx')
docx('/tmp/imp29/files/08-gdocs.docx')
