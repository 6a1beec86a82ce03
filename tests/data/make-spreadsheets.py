#!/usr/bin/python3
"""Makes the spreadsheets the roster- and ledger-import tests read (run once; the files are kept).

    /usr/bin/python3 tests/data/make-spreadsheets.py

Needs python3-openpyxl. The workbooks are written by openpyxl and then touched up the way Excel
and WPS write some cells: one inline string, one rich-text string with a phonetic run.
"""
import datetime
import io
import os
import zipfile

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))


def identity(region, birth, serial, male):
    """An 18-character resident identity number with its check digit."""
    sex = serial * 10 + (1 if male else 2)
    body = "%s%s%03d" % (region, birth.strftime("%Y%m%d"), sex % 1000)
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    total = sum(int(d) * w for d, w in zip(body, weights))
    return body + "10X98765432"[total % 11]


# name, male, birth (as written), birth date, native place, education, party, joined,
# unit, position, rank, since, region
PEOPLE = [
    ("张建国", True, "serial", datetime.date(1972, 5, 3), "河北清河", "大学", "中共党员",
     "1995.07", "清河县水利局", "局长", "正科级", "2019.03", "130534"),
    ("李红", False, "1980.11", datetime.date(1980, 11, 1), "河北邢台", "研究生", "中共党员",
     "2003年6月", "清河县水利局", "副局长", "副科级", "2021年7月", "130501"),
    ("王志强", True, "197811", datetime.date(1978, 11, 1), "河北清河", "大专", "群众",
     "", "清河县/城关镇", "镇长", "正科级", "2020-01-15", "130534"),
    ("赵敏", False, "1985年2月", datetime.date(1985, 2, 1), "山东德州", "大学", "中共预备党员",
     "2025.12", "清河县/城关镇", "副镇长", "副科级", "2022.09", "371402"),
    ("曾凡", True, "1969-08-21", datetime.date(1969, 8, 21), "河北清河", "中专", "中共党员",
     "1990.05", "清河县财政局", "局长", "正科级", "2018.06", "130534"),
    ("单雪梅", False, "serial", datetime.date(1990, 4, 12), "河北衡水", "大学", "中共党员",
     "2012.04", "清河县财政局", "科员", "一级科员", "2015.08", "131102"),
    ("解放", True, "1975.1", datetime.date(1975, 1, 1), "河北清河", "大学", "中共党员",
     "1998.10", "清河县/连庄镇", "党委书记", "正科级", "2021.01", "130534"),
    ("孙丽", False, "1988.09", datetime.date(1988, 9, 1), "河北清河", "研究生", "群众",
     "", "清河县/连庄镇", "副镇长", "副科级", "2023.03", "130534"),
    ("周伟", True, "1982.06", datetime.date(1982, 6, 1), "河北南宫", "大学", "中共党员",
     "2006.06", "清河县水利局", "科员", "二级主任科员", "2016.05", "130581"),
    ("吴晓东", True, "1979.03", datetime.date(1979, 3, 1), "河北清河", "大学", "中共党员",
     "2001.07", "清河县市场监督管理局", "局长", "正科级", "2020.11", "130534"),
]

HEADERS = ["序号", "姓名", "性别", "民族", "出生年月", "籍贯", "学历", "政治面貌", "入党时间",
           "工作单位", "职务", "职级", "任现职时间", "身份证号", "备注"]


def birth_of(person):
    return person[3] if person[2] == "serial" else datetime.date(
        person[3].year, person[3].month, max(person[3].day, 1))


def id_numbers():
    numbers = []
    for index, person in enumerate(PEOPLE):
        real_birth = person[3] if person[2] in ("serial",) or "-" in person[2] else \
            datetime.date(person[3].year, person[3].month, 10 + index)
        numbers.append(identity(person[12], real_birth, 30 + index, person[1]))
    return numbers


def roster_xlsx(path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "花名册"
    sheet["A1"] = "清河县科级干部花名册（2026年11月）"
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADERS))
    sheet.append(HEADERS)
    numbers = id_numbers()
    for index, person in enumerate(PEOPLE):
        birth = person[3] if person[2] == "serial" else person[2]
        if birth == "197811":
            birth = 197811  # a number, as Excel keeps 197811 typed into a cell
        sheet.append([index + 1, person[0], "男" if person[1] else "女", "汉族", birth, person[4],
                      person[5], person[6], person[7], person[8], person[9], person[10],
                      person[11], numbers[index], ""])
    for row in sheet.iter_rows(min_row=3, min_col=5, max_col=5):
        for cell in row:
            if isinstance(cell.value, datetime.date):
                cell.number_format = "yyyy-mm-dd"
    sheet.column_dimensions["O"].hidden = True
    sheet.append([])  # an empty trailing row
    sheet.append([None, None])
    buffer = io.BytesIO()
    book.save(buffer)
    touch_up(buffer.getvalue(), path)


def touch_up(data, path):
    """One inline string (B4, 李红) and one rich-text shared string with a phonetic run."""
    source = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                text = content.decode("utf-8")
                start = text.index('<c r="B4"')
                end = text.index("</c>", start) + 4
                text = text[:start] + '<c r="B4" t="inlineStr"><is><t>李红</t></is></c>' + text[end:]
                content = text.encode("utf-8")
            if item.filename == "xl/sharedStrings.xml":
                text = content.decode("utf-8")
                text = text.replace(
                    "<si><t>清河县市场监督管理局</t></si>",
                    '<si><r><t>清河县</t></r><r><rPr><b/></rPr><t>市场监督管理局</t></r>'
                    '<rPh sb="0" eb="3"><t>qinghexian</t></rPh></si>')
                content = text.encode("utf-8")
            target.writestr(item, content)


def roster_csv(path):
    """The same roster a year on, as Chinese Excel saves CSV: GB18030, unit and post in one cell."""
    numbers = id_numbers()
    lines = ["姓名,性别,出生年月,政治面貌,工作单位及职务,身份证号"]
    for index, person in enumerate(PEOPLE):
        unit = person[8].split("/")[-1]
        post = person[9]
        if person[0] == "周伟":
            post = "副局长"  # promoted since
        birth = "%d年%d月" % (person[3].year, person[3].month)
        lines.append(",".join([person[0], "男" if person[1] else "女", birth, person[6],
                               unit + post, numbers[index]]))
    with open(path, "wb") as out:
        out.write(("\r\n".join(lines) + "\r\n").encode("gb18030"))


def formula_xlsx(path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["姓名", "性别", "出生年月", "年龄"])
    sheet.append(["张建国", "男", "1972.05", "=2026-1972"])
    book.save(path)


def minimal_workbook(path, sheet_xml, compress=zipfile.ZIP_DEFLATED):
    parts = {
        "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        "xl/workbook.xml": '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    }
    with zipfile.ZipFile(path, "w", compress) as target:
        for name, text in parts.items():
            target.writestr(name, text)
        target.writestr("xl/worksheets/sheet1.xml", sheet_xml)


def zip_bomb(path):
    head = '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    minimal_workbook(path, head + " " * (300 << 20) + "</sheetData></worksheet>")


def million_rows(path):
    minimal_workbook(path, '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                     '<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c><c r="B1" t="inlineStr"><is><t>性别</t></is></c></row>'
                     '<row r="1000000"><c r="A1000000" t="inlineStr"><is><t>张建国</t></is></c></row>'
                     '</sheetData></worksheet>')


def old_xls(path):
    with open(path, "wb") as out:
        out.write(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504))


def ledger(path, title, headers, rows, sheet_title="台账"):
    """A work line's ledger as offices keep them: a merged title row above the headers."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = sheet_title
    sheet["A1"] = title
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    for line in sheet.iter_rows(min_row=3):
        for cell in line:
            if isinstance(cell.value, datetime.date):
                cell.number_format = "yyyy-mm-dd"
    book.save(path)


def talks_ledger(path):
    ledger(path, "2026年谈话台账", ["序号", "谈话对象", "工作单位及职务", "谈话类型", "谈话主体",
                               "谈话时间", "谈话人", "谈话事由", "备注"], [
        [1, "张建国", "清河县水利局局长", "提醒谈话", "纪委监委", datetime.date(2026, 3, 15),
         "刘振华", "群众反映工作作风简单粗暴", ""],
        [2, "王志强", "城关镇镇长", "廉政谈话", "党委", "2026年4月2日", "陈立新", "新任职廉政提醒", ""],
        [3, "赵敏", "城关镇副镇长", "任前廉政谈话", "纪委", "2026-05-10", "刘振华", "拟提拔任职", ""],
        [4, "周伟", "清河县水利局科员", "诫勉谈话", "纪委监委", "2026/6/1", "刘振华",
         "履职不力，整改不到位", ""],
        [5, "孙丽", "连庄镇副镇长", "谈心谈话", "党委", "20260702", "解放", "", "工作调整前谈心"],
    ], "谈话台账")


def clues_ledger(path):
    ledger(path, "2026年问题线索台账", ["线索编号", "受理时间", "线索来源", "被反映人", "工作单位",
                                  "反映问题", "处置方式", "处置日期", "办结情况", "办结日期",
                                  "了结方式"], [
        ["QH-2026-001", datetime.date(2026, 1, 5), "信访举报", "张建国", "清河县水利局",
         "违规使用公务用车", "谈话函询", "2026-01-20", "已了结", "2026-02-20", "予以采信"],
        ["QH-2026-002", datetime.date(2026, 2, 10), "巡察移交", "王志强", "城关镇",
         "工程项目招标中打招呼", "初步核实", "2026-02-25", "在办", "", ""],
        ["QH-2026-002", datetime.date(2026, 2, 10), "巡察移交", "赵敏", "城关镇",
         "工程项目招标中打招呼", "初步核实", "2026-02-25", "在办", "", ""],
        ["QH-2026-003", datetime.date(2026, 3, 1), "审计移交", "曾凡", "清河县财政局",
         "专项资金拨付不规范", "暂存待查", "2026-03-15", "", "", ""],
        ["QH-2026-004", datetime.date(2026, 4, 1), "信访", "周伟", "清河县水利局",
         "收受礼金", "予以了结", "2026-04-10", "已了结", "2026-04-10", "失实"],
    ], "线索台账")


def sanctions_ledger(path):
    ledger(path, "处分台账", ["姓名", "工作单位", "处分种类", "处分时间", "处分决定文号", "决定机关",
                           "主要错误事实"], [
        ["曾凡", "清河县财政局", "党内严重警告", "2025.09.10", "清纪发〔2025〕12号", "县纪委常委会",
         "违规发放津补贴"],
        ["曾凡", "清河县财政局", "政务记过", "2025.09.20", "清监发〔2025〕8号", "县监委",
         "违规发放津补贴"],
        ["周伟", "清河县水利局", "留党察看一年", "2024年6月1日", "清纪发〔2024〕5号", "县纪委常委会",
         "收受礼金"],
        ["吴晓东", "清河县市场监督管理局", "政务警告", datetime.date(2026, 8, 3),
         "清监发〔2026〕3号", "县监委", "履职不力"],
    ], "处分台账")


def handlings_ledger(path):
    """Organizational handling as a CSV saved by Chinese Excel: GB18030."""
    lines = ["姓名,单位,处理方式,处理时间,决定机关,事由",
             "孙丽,清河县/连庄镇,调整职务,2026-09-01,县委组织部,工作失职",
             "单雪梅,清河县财政局,停职检查,2026.10.08,县委组织部,接受审查调查"]
    with open(path, "wb") as out:
        out.write(("\r\n".join(lines) + "\r\n").encode("gb18030"))


def warning_education_sheet(path):
    """A sign-in sheet: one event, one row per attendee."""
    people = [("张建国", "清河县水利局"), ("李红", "清河县水利局"), ("周伟", "清河县水利局"),
              ("王志强", "城关镇"), ("赵敏", "城关镇"), ("吴晓东", "清河县市场监督管理局")]
    ledger(path, "警示教育签到表", ["活动名称", "活动日期", "活动类型", "地点", "姓名", "工作单位"],
           [["2026年以案促改警示教育大会", datetime.date(2026, 6, 18), "警示教育大会", "县委党校",
             name, unit] for name, unit in people], "签到表")


def inspections_ledger(path):
    ledger(path, "监督检查台账", ["被检查单位", "检查类型", "检查时间", "结束日期", "检查组"], [
        ["清河县水利局", "固定监督周", datetime.date(2026, 3, 23), datetime.date(2026, 3, 27), "第一监督检查室"],
        ["城关镇", "专项检查", "2026.05.06", "2026.05.15", "第二监督检查室"],
    ], "监督检查")


def findings_ledger(path):
    ledger(path, "整改台账", ["被检查单位", "检查时间", "发现的问题", "整改责任人", "发现日期",
                           "整改期限", "整改状态", "完成日期"], [
        ["清河县水利局", "2026-03-23", "三重一大事项未经集体研究", "张建国", "2026-03-25",
         "2026-05-31", "已整改", "2026-05-20"],
        ["清河县水利局", "2026-03-23", "公务用车登记不全", "周伟", "2026-03-26", "2026-04-30",
         "整改中", ""],
        ["城关镇", "2026-05-08", "项目资金台账缺失", "王志强", "2026-05-10", "2026-07-31",
         "未整改", ""],
    ], "整改台账")


def talks_with_problems(path):
    """A talks ledger with a fault in every row, to be reported all at once."""
    ledger(path, "谈话台账", ["谈话对象", "工作单位", "谈话类型", "谈话时间", "谈话人"], [
        ["张三丰", "清河县水利局", "提醒谈话", "2026-03-15", "刘振华"],
        ["张建国", "清河县水利局", "批评谈话", "2026-03-15", "刘振华"],
        ["李红", "清河县水利局", "提醒谈话", "2026.13.40", "刘振华"],
        ["王志强", "清河县水利局", "提醒谈话", "2026-03-15", "刘振华"],
        ["赵敏", "城关镇", "提醒谈话", "", "刘振华"],
    ], "谈话台账")


if __name__ == "__main__":
    roster_xlsx(os.path.join(HERE, "roster.xlsx"))
    roster_csv(os.path.join(HERE, "roster-next-year-gb18030.csv"))
    formula_xlsx(os.path.join(HERE, "roster-with-formula.xlsx"))
    zip_bomb(os.path.join(HERE, "zip-bomb.xlsx"))
    million_rows(os.path.join(HERE, "million-rows.xlsx"))
    old_xls(os.path.join(HERE, "old-binary.xls"))
    talks_ledger(os.path.join(HERE, "talks-ledger.xlsx"))
    clues_ledger(os.path.join(HERE, "clues-ledger.xlsx"))
    sanctions_ledger(os.path.join(HERE, "sanctions-ledger.xlsx"))
    handlings_ledger(os.path.join(HERE, "handlings-ledger-gb18030.csv"))
    warning_education_sheet(os.path.join(HERE, "warning-education-signin.xlsx"))
    inspections_ledger(os.path.join(HERE, "inspections-ledger.xlsx"))
    findings_ledger(os.path.join(HERE, "findings-ledger.xlsx"))
    talks_with_problems(os.path.join(HERE, "talks-with-problems.xlsx"))
