#!/usr/bin/env python3
"""Writes topics.xlsx without POI: a sheet per topic, the CNN sheet under a row of merged cells grouping its columns
(题目信息 over 题目 | 难度, 答案信息 over 答案 | 解析), the RNN sheet under a merged title, and a sheet of notes.
Also sheet-names.xlsx: sheets named by subject, by level, by default (Sheet3), as a bank (面试题汇总), an empty one;
and merged-topics.xlsx: a 分类 cell merged down the rows of its group, under a title and a blank row, a 备注 column.
Kept here, not beside the workbooks: every file in fixtures/xlsx/ is read as a workbook by the golden test."""
import os
import zipfile
from xml.sax.saxutils import escape
def cell(ref, v):
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{escape(v)}</t></is></c>'
def sheet(rows, merges):
    out=[]
    for i,row in enumerate(rows,1):
        cs=''.join(cell(f'{chr(65+j)}{i}',v) for j,v in enumerate(row) if v is not None)
        out.append(f'<row r="{i}">{cs}</row>')
    m=''.join(f'<mergeCell ref="{r}"/>' for r in merges)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f'<sheetData>{"".join(out)}</sheetData>' + (f'<mergeCells count="{len(merges)}">{m}</mergeCells>' if merges else '') + '</worksheet>')
sheets = {
 'CNN': ([['题目信息', None, '答案信息', None], ['题目', '难度', '答案', '解析'],
          ['什么是感受野？', '简单', '输出上一点对应的输入区域。', '逐层累乘 stride。'],
          ['1x1 卷积有什么用？', '中等', '降维、升维，\n增加非线性。', None]], ['A1:B1', 'C1:D1']),
 'RNN': ([['RNN 面试题', None, None, None], ['题目', '难度', '答案', '解析'],
          ['LSTM 的三个门是什么？', '中等', '遗忘门、输入门、输出门。', None]], ['A1:D1']),
 '说明': ([['本表由某某整理'], ['转载请注明出处']], []),
}
def write(filename, sheets):
    names=list(sheets)
    wb=('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
        + ''.join(f'<sheet name="{n}" sheetId="{i+1}" r:id="rId{i+1}"/>' for i,n in enumerate(names)) + '</sheets></workbook>')
    wbrels=('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + ''.join(f'<Relationship Id="rId{i+1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i+1}.xml"/>' for i in range(len(names))) + '</Relationships>')
    ct=('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        + ''.join(f'<Override PartName="/xl/worksheets/sheet{i+1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(len(names))) + '</Types>')
    rels=('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    with zipfile.ZipFile(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'fixtures', 'xlsx', filename),'w',zipfile.ZIP_DEFLATED) as z:
        for name,data in [('[Content_Types].xml',ct),('_rels/.rels',rels),('xl/workbook.xml',wb),('xl/_rels/workbook.xml.rels',wbrels)]+[(f'xl/worksheets/sheet{i+1}.xml',sheet(*sheets[n])) for i,n in enumerate(names)]:
            info=zipfile.ZipInfo(name,date_time=(2024,1,1,0,0,0)); info.compress_type=zipfile.ZIP_DEFLATED; z.writestr(info,data)

write('topics.xlsx', sheets)
write('sheet-names.xlsx', {
 '机器学习': ([['题目', '答案'], ['什么是过拟合？', '训练集上好，测试集上差。'], ['L1 正则为什么稀疏？', '等值线在坐标轴上有尖角。']], []),
 'NLP（2题）': ([['问题', '参考答案', '难度'], ['BERT 的预训练任务是什么？', 'MLM 和 NSP。', '中等'],
                ['什么是 subword？', '介于字符和词之间的切分单位。', None]], []),
 'Sheet3': ([['Question', 'Answer'], ['What is a ROC curve?', 'TPR against FPR.']], []),
 '面试题汇总': ([['题目', '答案'], ['什么是 Adam？', '自适应学习率的优化器。']], []),
 '困难': ([['题目', '答案', '分类'], ['推导 Transformer 的复杂度', 'O(n^2 d)。', 'Transformer']], []),
 'Sheet4': ([], []),
 '备注': ([[None], ['整理：某某'], ['欢迎转发']], []),
})
write('merged-topics.xlsx', {
 '秋招整理': ([['2024 秋招算法岗面试题'], [], ['分类', '面试问题', '参考答案', '备注'],
          ['机器学习', '什么是过拟合？', '训练集好、测试集差。\n解决：正则化、早停。', '高频'],
          [None, 'L1 和 L2 正则的区别？', 'L1 稀疏，L2 平滑。', None],
          ['深度学习', '什么是 BN？', '批归一化。', None],
          [None, 'Dropout 的原理？', '随机丢弃神经元。', '字节一面']], ['A1:D1', 'A4:A5', 'A6:A7']),
})
