"""The national bodies that issue policy documents, by the names texts give them (中共中央, 国务院, 民政部 …).

They are China's, whatever region a text is about; their joint documents are titled with a space between them
(《民政部 财政部 中国残联关于…的意见》), which normalization keeps.
"""

from __future__ import annotations

__all__ = ["NATIONAL", "NATIONAL_PRESS"]

NATIONAL = (
    "中共中央办公厅", "国务院办公厅", "中共中央", "党中央", "国务院", "全国人大常委会", "全国人民代表大会",
    "民政部", "财政部", "人力资源和社会保障部", "人力资源社会保障部", "人社部", "教育部", "公安部", "司法部",
    "国家卫生健康委员会", "国家卫生健康委", "国家卫健委", "国家医疗保障局", "国家医保局", "国家发展改革委",
    "国家发展和改革委员会", "住房和城乡建设部", "住房城乡建设部", "农业农村部", "国家统计局", "审计署",
    "国家乡村振兴局", "应急管理部", "退役军人事务部", "自然资源部", "生态环境部", "国家市场监督管理总局",
    "国家市场监管总局", "中国残疾人联合会", "中国残联", "全国老龄委", "全国老龄办", "中华全国总工会", "共青团中央",
    "全国妇联", "中国人民银行", "国家税务总局", "国家中医药局", "国家疾控局",
)

# The national press: a page that names one of them as its source reprints a national text, whatever the site
NATIONAL_PRESS = (
    "新华社", "新华网", "人民日报", "人民网", "中国政府网", "中央广播电视总台", "央视", "光明日报", "经济日报",
    "中国新闻网", "中新网", "求是",
)
