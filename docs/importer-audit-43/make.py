#!/usr/bin/env python3
"""Writes the audit banks that are not plain UTF-8 with LF line ends (stdlib only).

Run from this folder: python3 make.py. The texts are here, so the encoded files can be read in review."""
from pathlib import Path

HERE = Path(__file__).resolve().parent

# A table saved by Excel/Notepad on a Chinese Windows: GB18030 (GBK) bytes, CRLF line ends.
T2 = """| 序号 | 题干 | 难度 | 知识点 |
| --- | --- | --- | --- |
| 1 | 什么是卷积核的参数共享？ | 1 | CNN/卷积 |
| 2 | 为什么深层网络难以训练？ | 3 | 梯度消失/初始化 |
| 3 | Xavier 初始化和 He 初始化有何不同？ | 4 | 初始化 |
| 4 | 解释一下 Focal Loss 的设计动机 | 5 | 损失函数/目标检测 |
| 5 | 什么是标签平滑？ | 2 | 正则化 |
"""

# Notepad's "Unicode": UTF-16 little-endian with a BOM; 问：/答： pairs under topic headings.
Q3 = """# 深度学习问答

## 优化

问：什么是学习率衰减？为什么需要它？
答：训练后期逐步降低学习率，使参数在最优点附近更稳定地收敛。常见方法有阶梯衰减、余弦退火和指数衰减。

问：梯度裁剪是做什么的？
答：当梯度的范数超过阈值时按比例缩小梯度，防止梯度爆炸，RNN 中尤其常用。

## 模型结构

问：为什么 Transformer 要用多头注意力？
答：不同的头可以关注不同子空间的信息，例如一个头关注句法关系，另一个关注指代关系。
"""

# A 面经 post copied from a forum: CRLF, chatter, company/round notes, one very long line.
M4 = """字节跳动 算法岗 一面+二面 面经（已offer）

楼主双非硕，投的是抖音推荐算法，下面是问到的问题，攒人品～

一面（60min）
1. 自我介绍，然后问了项目
2. 讲一下 Transformer 的结构
3. 为什么 self-attention 要除以根号 d
4. LayerNorm 和 BatchNorm 的区别？
5. 手撕：反转链表

面试官人很好，还给了建议。

二面（45min）
1. 推荐系统里 CTR 预估常用哪些模型？DeepFM 和 Wide&Deep 有什么区别？
2. 如何处理推荐系统中的位置偏差？
""" + "面试官追问了很多细节，比如在训练时把位置作为特征、在预测时置为默认值，以及用 IPW（逆倾向加权）去偏的时候倾向分数怎么估计，" * 20 + """
3. 手撕：最长递增子序列

总结：基础一定要扎实，祝大家都拿到 offer！
"""


def main() -> None:
    (HERE / "t2-table-zh-gbk.md").write_bytes(T2.replace("\n", "\r\n").encode("gb18030"))
    (HERE / "q3-qa-wenda-utf16.md").write_bytes(Q3.encode("utf-16"))  # Python writes the BOM first
    (HERE / "m4-mianjing-crlf.txt").write_bytes(M4.replace("\n", "\r\n").encode("utf-8"))


if __name__ == "__main__":
    main()
