#!/usr/bin/env python3
"""Writes the binary banks of this audit (xlsx, docx, apkg) with the standard library only, as Excel, WPS, Word
and Anki lay them out. Run from this folder: python3 mkbanks.py"""
import json, sqlite3, os, tempfile, zipfile, hashlib, struct, zlib
from xml.sax.saxutils import escape as esc

def write_zip(name, entries):
    with zipfile.ZipFile(name, 'w', zipfile.ZIP_DEFLATED) as z:
        for path, data in entries:
            z.writestr(path, data)

CT_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
ROOT_RELS = CT_HEAD + ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="{main}"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" Target="docProps/app.xml"/>'
    '</Relationships>')

def app_xml(app):
    return CT_HEAD + ('<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
                      f'<Application>{app}</Application></Properties>')

def col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s

class Shared:
    def __init__(self):
        self.items, self.index = [], {}
    def add(self, xml_si):
        if xml_si not in self.index:
            self.index[xml_si] = len(self.items)
            self.items.append(xml_si)
        return self.index[xml_si]
    def text(self, s):
        sp = ' xml:space="preserve"' if (s != s.strip() or '\n' in s) else ''
        return self.add(f'<si><t{sp}>{esc(s)}</t></si>')
    def rich(self, runs):
        out = '<si>'
        for text, bold in runs:
            rpr = '<rPr><b/><sz val="11"/><rFont val="宋体"/><charset val="134"/></rPr>' if bold else '<rPr><sz val="11"/><rFont val="宋体"/><charset val="134"/></rPr>'
            out += f'<r>{rpr}<t xml:space="preserve">{esc(text)}</t></r>'
        return self.add(out + '</si>')
    def xml(self):
        return CT_HEAD + f'<sst xmlns="{NS_MAIN}" count="{len(self.items)}" uniqueCount="{len(self.items)}">' + ''.join(self.items) + '</sst>'

def workbook(name, sheets, app, shared, styles, defined_names=''):
    """sheets: list of (sheetName, sheetXml, relsXml or None, state)"""
    ct = (CT_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>')
    if shared:
        ct += '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    for i in range(len(sheets)):
        ct += f'<Override PartName="/xl/worksheets/sheet{i+1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    ct += '</Types>'
    wb = CT_HEAD + f'<workbook xmlns="{NS_MAIN}" xmlns:r="{NS_R}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>'
    rels = CT_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    entries = []
    for i, (sname, sxml, srels, state) in enumerate(sheets):
        st = f' state="{state}"' if state else ''
        wb += f'<sheet name="{esc(sname)}" sheetId="{i+1}"{st} r:id="rId{i+1}"/>'
        rels += f'<Relationship Id="rId{i+1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i+1}.xml"/>'
        entries.append((f'xl/worksheets/sheet{i+1}.xml', sxml))
        if srels:
            entries.append((f'xl/worksheets/_rels/sheet{i+1}.xml.rels', srels))
    n = len(sheets)
    wb += '</sheets>' + defined_names + '</workbook>'
    rels += f'<Relationship Id="rId{n+1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
    if shared:
        rels += f'<Relationship Id="rId{n+2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
    rels += '</Relationships>'
    all_entries = [('[Content_Types].xml', ct), ('_rels/.rels', ROOT_RELS.format(main='xl/workbook.xml')),
                   ('docProps/app.xml', app_xml(app)), ('xl/workbook.xml', wb), ('xl/_rels/workbook.xml.rels', rels),
                   ('xl/styles.xml', styles)] + entries
    if shared:
        all_entries.append(('xl/sharedStrings.xml', shared.xml()))
    write_zip(name, all_entries)

STYLES = CT_HEAD + (f'<styleSheet xmlns="{NS_MAIN}"><numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy/m/d"/></numFmts>'
    '<fonts count="2"><font><sz val="11"/><name val="等线"/></font><font><b/><sz val="14"/><name val="等线"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>'
    '<cellXfs count="5"><xf numFmtId="0" fontId="0"/><xf numFmtId="0" fontId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>'
    '<xf numFmtId="0" fontId="1" applyFont="1"><alignment horizontal="center"/></xf><xf numFmtId="49" fontId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="176" fontId="0" applyNumberFormat="1"/></cellXfs></styleSheet>')

def sheet_xml(rows, merges=(), hyperlinks=(), cols='', extra_row_attr=None, dimension=None):
    """rows: list of (rowNumber, [cellXml...])"""
    out = CT_HEAD + f'<worksheet xmlns="{NS_MAIN}" xmlns:r="{NS_R}">'
    if dimension:
        out += f'<dimension ref="{dimension}"/>'
    out += '<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="14.25"/>' + cols + '<sheetData>'
    for r, cells in rows:
        attr = (extra_row_attr or {}).get(r, '')
        out += f'<row r="{r}"{attr}>' + ''.join(cells) + '</row>'
    out += '</sheetData>'
    if merges:
        out += f'<mergeCells count="{len(merges)}">' + ''.join(f'<mergeCell ref="{m}"/>' for m in merges) + '</mergeCells>'
    if hyperlinks:
        out += '<hyperlinks>' + ''.join(f'<hyperlink ref="{ref}" r:id="{rid}"/>' for ref, rid, _ in hyperlinks) + '</hyperlinks>'
    out += '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
    return out

def hyperlink_rels(hyperlinks):
    return CT_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + ''.join(
        f'<Relationship Id="{rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="{esc(url)}" TargetMode="External"/>'
        for _, rid, url in hyperlinks) + '</Relationships>'

def s_cell(ref, idx, style=0):
    return f'<c r="{ref}" s="{style}" t="s"><v>{idx}</v></c>'

def n_cell(ref, v, style=0):
    return f'<c r="{ref}" s="{style}"><v>{v}</v></c>'

def empty_cell(ref, style=1):
    return f'<c r="{ref}" s="{style}"/>'

# ---------------------------------------------------------------------------------------------------------------
# 01: an Excel workbook: a merged title row over the header, 序号 stored as text, ★ difficulty, Alt+Enter answers,
# rich text runs, a 链接 column of hyperlinks, an empty formatted trailing column, a second sheet of notes.
def excel_01():
    sh = Shared()
    title = sh.text('深度学习面试题库（2024 整理版）')
    header = ['序号', '题目', '答案', '难度', '标签', '链接']
    qs = [
        ('1', '什么是梯度消失？', [('反向传播时梯度逐层连乘而变得很小，', False), ('浅层参数几乎不更新', True), ('。', False)], '★☆☆', 'DL基础、反向传播', ('原文', 'https://example.com/dl/1')),
        ('2', '如何缓解梯度消失？', '1. 使用 ReLU 等激活函数\n2. 残差连接\n3. BatchNorm\n4. 合理的权重初始化（He / Xavier）', '★★☆', 'DL基础、ResNet', ('原文', 'https://example.com/dl/2')),
        ('3', 'Dropout 为什么能防止过拟合？', '训练时随机丢弃神经元，相当于训练了多个子网络的集成；\n同时减少了神经元之间的共适应。', '★★☆', '正则化', None),
        ('4', '什么是 Xavier 初始化？', [('让每层输出的方差与输入的方差保持一致：', False), ('Var(W) = 2 / (n_in + n_out)', True)], '★★☆', '初始化', ('原文', 'https://example.com/dl/4')),
        ('5', 'ReLU 有什么缺点？', '神经元可能“死亡”（输入恒为负时梯度为 0）；输出不以 0 为中心。', '★☆☆', '激活函数', None),
        ('6', 'Softmax 为什么要减去最大值？', '防止 exp 溢出，数值更稳定，结果不变。', '★★☆', '数值稳定性', ('原文', 'https://example.com/dl/6')),
        ('7', '解释一下 Focal Loss', 'FL = -α(1-p)^γ log(p)\n降低易分样本的权重，聚焦难分样本，用于类别不平衡。', '★★★', '损失函数、目标检测', ('原文', 'https://example.com/dl/7')),
        ('8', '模型参数量和计算量（FLOPs）如何估算？', '卷积层参数量 = k×k×C_in×C_out（+C_out 偏置）；\nFLOPs ≈ 参数量 × 输出特征图的 H×W。', '★★★', '模型压缩', None),
    ]
    rows = [(1, [s_cell('A1', title, 2)]), (2, [s_cell(f'{col(i)}2', sh.text(h)) for i, h in enumerate(header)] + [empty_cell('G2')])]
    links = []
    for k, (num, q, a, d, tags, link) in enumerate(qs):
        r = k + 3
        cells = [s_cell(f'A{r}', sh.text(num), 3), s_cell(f'B{r}', sh.text(q), 1),
                 s_cell(f'C{r}', sh.rich(a) if isinstance(a, list) else sh.text(a), 1), s_cell(f'D{r}', sh.text(d)),
                 s_cell(f'E{r}', sh.text(tags))]
        if link:
            cells.append(s_cell(f'F{r}', sh.text(link[0])))
            links.append((f'F{r}', f'rId{len(links)+1}', link[1]))
        cells.append(empty_cell(f'G{r}'))
        rows.append((r, cells))
    cols = '<cols><col min="1" max="1" width="6"/><col min="2" max="2" width="40"/><col min="3" max="3" width="60" style="1"/><col min="7" max="7" width="9" style="1"/></cols>'
    s1 = sheet_xml(rows, merges=['A1:F1'], hyperlinks=links, cols=cols, dimension=f'A1:G{len(qs)+2}')
    notes = [(1, [s_cell('A1', sh.text('说明'))]), (2, [s_cell('A2', sh.text('本题库整理自网络，仅供学习交流。'))]),
             (3, [s_cell('A3', sh.text('难度：★ 简单，★★ 中等，★★★ 困难'))])]
    s2 = sheet_xml(notes, dimension='A1:A3')
    workbook('01-excel-title-stars.xlsx', [('深度学习', s1, hyperlink_rels(links), None), ('说明', s2, None, None)],
             'Microsoft Excel', sh, STYLES)

# ---------------------------------------------------------------------------------------------------------------
# 02: a WPS workbook: a sheet per topic (no topic column), inline strings, a formula 序号, a date column, a row hidden
# by hand (an old version of a question), a hidden template sheet.
def is_cell(ref, text, style=0):
    sp = ' xml:space="preserve"' if '\n' in text else ''
    return f'<c r="{ref}" s="{style}" t="inlineStr"><is><t{sp}>{esc(text)}</t></is></c>'

def wps_02():
    header = ['序号', '题目', '参考答案', '难度', '更新日期']
    cnn = [
        ('什么是卷积的参数共享？', '同一个卷积核在整张特征图上滑动使用，参数量与输入尺寸无关。', '简单'),
        ('空洞卷积（Dilated Conv）有什么作用？', '在不增加参数、不降低分辨率的前提下增大感受野。', '中等'),
        ('（旧）什么是空洞卷积', '旧版本，待删除', '中等'),
        ('深度可分离卷积如何减少计算量？', '拆成逐通道卷积和 1×1 逐点卷积，\n计算量约为标准卷积的 1/k² + 1/C_out。', '困难'),
        ('转置卷积会带来什么问题？', '棋盘格伪影（checkerboard artifacts）。', '中等'),
    ]
    rnn = [
        ('RNN 为什么难以捕捉长距离依赖？', '梯度随时间步连乘而消失或爆炸。', '简单'),
        ('LSTM 的遗忘门起什么作用？', '决定上一时刻细胞状态中保留多少信息。', '中等'),
        ('双向 RNN 适合什么任务？', '需要同时利用上下文的任务，如序列标注；不适合在线生成。', '中等'),
        ('What is teacher forcing and what is exposure bias?', 'Training with ground-truth previous tokens; at inference the model sees its own mistakes, which it never saw in training.', '困难'),
    ]
    def sheet(qs, hidden_rows=()):
        rows = [(1, [is_cell(f'{col(i)}1', h) for i, h in enumerate(header)])]
        attrs = {}
        n = 0
        for k, (q, a, d) in enumerate(qs):
            r = k + 2
            if r in hidden_rows:
                attrs[r] = ' hidden="1"'
            else:
                n += 1
            rows.append((r, [f'<c r="A{r}"><f>ROW()-1</f><v>{r-1}</v></c>', is_cell(f'B{r}', q, 1), is_cell(f'C{r}', a, 1),
                             is_cell(f'D{r}', d), n_cell(f'E{r}', 45352 + k, 4)]))
        return sheet_xml(rows, extra_row_attr=attrs)
    tpl = sheet_xml([(1, [is_cell('A1', '题目'), is_cell('B1', '参考答案')]), (2, [is_cell('A2', '示例：这里写题目'), is_cell('B2', '示例：这里写答案')])])
    workbook('02-wps-sheets-per-topic.xlsx', [('CNN', sheet(cnn, hidden_rows=(4,)), None, None), ('RNN（4题）', sheet(rnn), None, None),
                                              ('模板', tpl, None, 'hidden')], 'WPS 表格', None, STYLES)

# ---------------------------------------------------------------------------------------------------------------
NS_W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

def docx(name, body, numbering=None, styles_xml=None, rels_extra=''):
    ct = (CT_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>')
    if numbering:
        ct += '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
    ct += '</Types>'
    rels = (CT_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>')
    if numbering:
        rels += '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
    rels += rels_extra + '</Relationships>'
    doc = CT_HEAD + f'<w:document xmlns:w="{NS_W}" xmlns:r="{NS_R}"><w:body>' + body + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'
    entries = [('[Content_Types].xml', ct), ('_rels/.rels', ROOT_RELS.format(main='word/document.xml')),
               ('docProps/app.xml', app_xml('Microsoft Office Word')), ('word/document.xml', doc),
               ('word/_rels/document.xml.rels', rels), ('word/styles.xml', styles_xml or WORD_STYLES)]
    if numbering:
        entries.append(('word/numbering.xml', numbering))
    write_zip(name, entries)

def wstyle(sid, name, outline=None, based='a'):
    ol = f'<w:pPr><w:keepNext/><w:outlineLvl w:val="{outline}"/></w:pPr><w:rPr><w:b/></w:rPr>' if outline is not None else ''
    return f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/><w:basedOn w:val="{based}"/>{ol}</w:style>'

# Chinese Word names its built-in styles' ids by number: "1", "2", "a", "a3"
WORD_STYLES = CT_HEAD + (f'<w:styles xmlns:w="{NS_W}">'
    '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>'
    + wstyle('a3', 'Title', 0) + wstyle('1', 'heading 1', 0) + wstyle('2', 'heading 2', 1)
    + '<w:style w:type="paragraph" w:styleId="a4"><w:name w:val="List Paragraph"/><w:basedOn w:val="a"/><w:pPr><w:ind w:firstLineChars="200" w:firstLine="420"/></w:pPr></w:style>'
    + '<w:style w:type="paragraph" w:styleId="HTML"><w:name w:val="HTML Preformatted"/><w:basedOn w:val="a"/><w:rPr><w:rFonts w:ascii="Consolas" w:hAnsi="Consolas"/></w:rPr></w:style>'
    + '<w:style w:type="table" w:styleId="a5"><w:name w:val="Table Grid"/></w:style>'
    '</w:styles>')

def run(text, bold=False, font=None):
    rpr = ''
    if bold or font:
        rpr = '<w:rPr>' + (f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}"/>' if font else '') + ('<w:b/><w:bCs/>' if bold else '') + '</w:rPr>'
    return f'<w:r>{rpr}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'

def para(runs, style=None, num=None, jc=None):
    ppr = ''
    if style or num or jc:
        ppr = '<w:pPr>' + (f'<w:pStyle w:val="{style}"/>' if style else '') + (f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>' if num else '') + (f'<w:jc w:val="{jc}"/>' if jc else '') + '</w:pPr>'
    if not runs.startswith('<w:r>'):
        runs = run(runs)
    return f'<w:p>{ppr}{runs}</w:p>'

NUMBERING = CT_HEAD + (f'<w:numbering xmlns:w="{NS_W}">'
    '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="420" w:hanging="420"/></w:pPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="840" w:hanging="420"/></w:pPr></w:lvl>'
    '</w:abstractNum>'
    '<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf06c"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="840" w:hanging="420"/></w:pPr><w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings" w:hint="default"/></w:rPr></w:lvl>'
    '</w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
    '</w:numbering>')

# 07: Word's automatic numbering (numPr) for the questions, continued across Heading 1/2 parts; answers as body
# text, a bulleted list (numPr too) and a code paragraph in Consolas.
def word_07():
    Q = lambda t: para(run(t, bold=True), style='a4', num=(1, 0))
    P = lambda t: para(t)
    B = lambda t: para(t, style='a4', num=(2, 0))
    C = lambda t: para(run(t, font='Consolas'))
    body = [para('机器学习与深度学习面试题', style='a3'),
            P('整理：某某，2024 年春招。答案仅供参考。'),
            para('第一部分 机器学习', style='1'),
            para('模型评估', style='2'),
            Q('什么是偏差和方差？'),
            P('偏差描述模型预测的期望与真实值的差距；方差描述模型在不同训练集上预测的波动。'),
            Q('AUC 的含义是什么？'),
            P('随机取一个正样本和一个负样本，模型给正样本打分高于负样本的概率。'),
            para('集成学习', style='2'),
            Q('Bagging 和 Boosting 的区别？'),
            P('主要区别：'),
            B('Bagging 并行训练，降低方差；'),
            B('Boosting 串行训练，降低偏差；'),
            B('代表算法：随机森林 / GBDT、XGBoost。'),
            Q('XGBoost 相比 GBDT 有哪些改进？'),
            P('二阶泰勒展开、正则项、列采样、缺失值处理、并行化的特征分裂。'),
            para('第二部分 深度学习', style='1'),
            Q('手写一个 Softmax 函数（数值稳定版）。'),
            C('def softmax(x):'),
            C('    e = np.exp(x - x.max(axis=-1, keepdims=True))'),
            C('    return e / e.sum(axis=-1, keepdims=True)'),
            Q('BatchNorm 层有哪些可学习参数？'),
            P('缩放参数 γ 和平移参数 β；均值和方差是统计量，不是可学习参数。'),
            Q('What is the difference between model.train() and model.eval() in PyTorch?'),
            P('They switch Dropout and BatchNorm between training and inference behaviour.'),
            ]
    docx('07-word-auto-numbering.docx', ''.join(body), numbering=NUMBERING)

# 08: a Word table of questions with a header row, one answer cell of two paragraphs, under a heading and an intro.
def cell(paras, width=3000):
    if isinstance(paras, str):
        paras = [paras]
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>' + ''.join(para(p) for p in paras) + '</w:tc>'

def word_08():
    rows = [
        ['序号', '问题', '参考答案', '难度'],
        ['1', 'Python 中 list 和 tuple 的区别？', 'list 可变，tuple 不可变；tuple 可以作为字典的键。', '简单'],
        ['2', '什么是 GIL？', ['全局解释器锁，同一时刻只有一个线程执行 Python 字节码。', 'CPU 密集型任务用多进程绕开它。'], '中等'],
        ['3', '深拷贝和浅拷贝的区别？', 'copy.copy 只复制最外层对象；copy.deepcopy 递归复制所有子对象。', '简单'],
        ['4', '装饰器的原理是什么？', '函数是一等对象，装饰器接收函数并返回一个包装后的新函数。', '中等'],
        ['5', '生成器和迭代器有什么区别？', '生成器是用 yield 实现的迭代器，惰性求值、节省内存。', '中等'],
        ['6', 'Explain Python\'s MRO for multiple inheritance.', 'C3 linearization: a class comes before its parents, and parents keep their listed order.', '困难'],
        ['7', '__new__ 和 __init__ 的区别？', '__new__ 创建实例并返回它，__init__ 初始化已创建的实例。', '困难'],
    ]
    tbl = ('<w:tbl><w:tblPr><w:tblStyle w:val="a5"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>'
           '<w:gridCol w:w="800"/><w:gridCol w:w="3500"/><w:gridCol w:w="4500"/><w:gridCol w:w="900"/></w:tblGrid>')
    for i, r in enumerate(rows):
        trpr = '<w:trPr><w:tblHeader/></w:trPr>' if i == 0 else ''
        tbl += f'<w:tr>{trpr}' + ''.join(cell(c) for c in r) + '</w:tr>'
    tbl += '</w:tbl>'
    body = (para('Python 面试题（表格版）', style='1') + para('下表整理了常见的 Python 基础面试题。') + tbl +
            para('') + para('注：答案仅供参考。'))
    docx('08-word-table.docx', body)

# ---------------------------------------------------------------------------------------------------------------
# 13: an Anki package, schema 11 (collection.anki2): Basic and Cloze notes with HTML fields and an <img> in media.
def png(w=2, h=2):
    raw = b''.join(b'\x00' + b'\xff\x00\x00' * w for _ in range(h))
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b'')

def anki_13():
    basic_id, cloze_id = 1342697561419, 1342697561420
    def fld(name, ord_):
        return {"name": name, "ord": ord_, "sticky": False, "rtl": False, "font": "Arial", "size": 20, "media": []}
    models = {
        str(basic_id): {"id": basic_id, "name": "Basic", "type": 0, "mod": 1700000000, "usn": -1, "sortf": 0, "did": 1,
                        "flds": [fld("Front", 0), fld("Back", 1)],
                        "tmpls": [{"name": "Card 1", "ord": 0, "qfmt": "{{Front}}", "afmt": "{{FrontSide}}<hr id=answer>{{Back}}", "did": None, "bqfmt": "", "bafmt": ""}],
                        "css": ".card { font-family: arial; }", "latexPre": "", "latexPost": "", "tags": [], "vers": [], "req": [[0, "any", [0]]]},
        str(cloze_id): {"id": cloze_id, "name": "Cloze", "type": 1, "mod": 1700000000, "usn": -1, "sortf": 0, "did": 1,
                        "flds": [fld("Text", 0), fld("Back Extra", 1)],
                        "tmpls": [{"name": "Cloze", "ord": 0, "qfmt": "{{cloze:Text}}", "afmt": "{{cloze:Text}}<br>{{Back Extra}}", "did": None, "bqfmt": "", "bafmt": ""}],
                        "css": ".card { font-family: arial; }", "latexPre": "", "latexPost": "", "tags": [], "vers": []},
    }
    deck_dl, deck_cv = 1700000000001, 1700000000002
    def deck(i, name):
        return {"id": i, "name": name, "mod": 1700000000, "usn": -1, "lrnToday": [0, 0], "revToday": [0, 0], "newToday": [0, 0],
                "timeToday": [0, 0], "collapsed": False, "desc": "", "dyn": 0, "conf": 1, "extendNew": 10, "extendRev": 50}
    decks = {"1": deck(1, "Default"), str(deck_dl): deck(deck_dl, "面试题::深度学习"), str(deck_cv): deck(deck_cv, "面试题::计算机视觉")}
    notes = [
        (basic_id, deck_dl, ' DL 基础 ', ['什么是<b>反向传播</b>？', '<div>利用链式法则，从输出层向输入层逐层计算损失对各参数的梯度。</div><div><br></div><div>时间复杂度与前向传播同阶。</div>']),
        (basic_id, deck_dl, ' DL LSTM ', ['画出 LSTM 的结构图', '<div>三个门：遗忘门、输入门、输出门</div><img src="lstm_cell.png">']),
        (basic_id, deck_dl, ' DL ', ['What is the purpose of the&nbsp;<i>residual connection</i>?', 'It lets the block learn F(x) = H(x) − x, so gradients flow through the identity path.<br><br>Introduced by ResNet (2015).']),
        (basic_id, deck_cv, ' CV 检测 ', ['<div>NMS（非极大值抑制）的流程？</div>', '<ol><li>按置信度排序</li><li>取最高的框，删除与它 IoU 大于阈值的框</li><li>重复直到没有框</li></ol>']),
        (basic_id, deck_cv, ' CV ', ['IoU 怎么计算？', '交集面积 / 并集面积<br><pre><code>inter = max(0, x2 - x1) * max(0, y2 - y1)</code></pre>']),
        (cloze_id, deck_dl, ' DL 优化器 ', ['{{c1::Adam}} 结合了 {{c2::Momentum}} 和 {{c3::RMSProp}} 的思想。', '论文：Kingma &amp; Ba, 2014']),
        (cloze_id, deck_cv, ' CV ', ['YOLO 把检测问题看作一个{{c1::回归::问题类型}}问题。', '']),
        (basic_id, deck_dl, ' DL 正则化 ', ['L1 正则为什么能产生稀疏解？', 'L1 的等值线是菱形，最优解容易落在坐标轴上，使部分权重为 0。']),
    ]
    fd, path = tempfile.mkstemp(suffix='.anki2')
    os.close(fd)
    os.remove(path)
    db = sqlite3.connect(path)
    db.executescript('''
    CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null, ver integer not null,
      dty integer not null, usn integer not null, ls integer not null, conf text not null, models text not null, decks text not null,
      dconf text not null, tags text not null);
    CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null, usn integer not null,
      tags text not null, flds text not null, sfld integer not null, csum integer not null, flags integer not null, data text not null);
    CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null, mod integer not null,
      usn integer not null, type integer not null, queue integer not null, due integer not null, ivl integer not null, factor integer not null,
      reps integer not null, lapses integer not null, left integer not null, odue integer not null, odid integer not null, flags integer not null, data text not null);
    CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null, ivl integer not null,
      lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
    CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
    ''')
    db.execute('INSERT INTO col VALUES (1, 1700000000, 1700000000000, 1700000000000, 11, 0, 0, 0, ?, ?, ?, ?, ?)',
               (json.dumps({"nextPos": 1}), json.dumps(models), json.dumps(decks), json.dumps({"1": {"id": 1, "name": "Default"}}), '{}'))
    cid = 1700000100000
    for i, (mid, did, tags, flds) in enumerate(notes):
        nid = 1700000000000 + i
        sfld = flds[0]
        csum = int(hashlib.sha1(sfld.encode()).hexdigest()[:8], 16)
        db.execute('INSERT INTO notes VALUES (?,?,?,?,?,?,?,?,?,?,?)', (nid, f'g{i:08d}', mid, 1700000000, -1, tags, '\x1f'.join(flds), sfld, csum, 0, ''))
        ncards = flds[0].count('{{c') if mid == cloze_id else 1
        for o in range(ncards):
            cid += 1
            db.execute('INSERT INTO cards VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)', (cid, nid, did, o, 1700000000, -1, 0, 0, i + 1, 0, 0, 0, 0, 0, 0, 0, 0, ''))
    db.commit()
    db.close()
    coll = open(path, 'rb').read()
    os.remove(path)
    write_zip('13-anki-schema11.apkg', [('collection.anki2', coll), ('media', json.dumps({"0": "lstm_cell.png"})), ('0', png())])

if __name__ == '__main__':
    excel_01(); wps_02(); word_07(); word_08(); anki_13()
