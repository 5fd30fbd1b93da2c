"""How texts name people: the common surnames a person's name starts with (班秀英, 老王, 张大爷)."""

from __future__ import annotations

__all__ = ["SURNAMES"]

# The commonest surnames, and those of the south-west's peoples (班, 蒙, 农, 岑, 覃, 韦)
SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
            "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
            "向汤班蒙农岑欧")
