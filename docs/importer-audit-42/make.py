"""Writes the audit's banks that are awkward to keep as plain text (stdlib only): run from this folder."""
import json
import pathlib

HERE = pathlib.Path(__file__).parent


def md(text):
    return {"cell_type": "markdown", "metadata": {}, "source": text.splitlines(keepends=True)}


def code(text):
    return {"cell_type": "code", "execution_count": 1, "metadata": {},
            "outputs": [{"name": "stdout", "output_type": "stream", "text": ["tensor([0.5000, 0.5000])\n"]}],
            "source": text.splitlines(keepends=True)}


notebook = {
    "cells": [
        md("# PyTorch 面试题（可运行）\n\n每个问题下面是答案和一段可以运行的代码。"),
        md("## 1. `model.eval()` 和 `torch.no_grad()` 有什么区别？\n\n"
           "`model.eval()` 切换 Dropout、BatchNorm 等层到推理行为；`torch.no_grad()` 关闭梯度记录，节省显存。\n"
           "两者通常一起使用。"),
        code("import torch\nmodel.eval()\nwith torch.no_grad():\n    out = model(x)"),
        md("## 2. 为什么训练前要调用 `optimizer.zero_grad()`？\n\n"
           "PyTorch 默认把梯度累加到 `.grad` 上，不清零的话每一步都会叠加上一步的梯度。"),
        code("optimizer.zero_grad()\nloss.backward()\noptimizer.step()"),
        md("## 3. `view` 和 `reshape` 有什么区别？\n\n"
           "`view` 要求张量在内存中连续，返回共享存储的视图；`reshape` 在不连续时会复制数据。"),
        code("x = torch.arange(6).view(2, 3)\nprint(x.t().reshape(6))"),
        md("## 4. 什么是 `nn.Module` 的 `register_buffer`？\n\n"
           "注册一个不参与梯度更新、但会随 `state_dict` 保存并随 `.to(device)` 移动的张量，例如 BN 的滑动均值。"),
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                 "language_info": {"name": "python", "version": "3.11.4"}},
    "nbformat": 4,
    "nbformat_minor": 5,
}
(HERE / "01-notebook.ipynb").write_text(json.dumps(notebook, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

# A numbered list saved by a Windows editor: BOM, CRLF line ends, answers indented with tabs (one with a tab-indented
# code block inside), as a copy out of a Windows note app keeps them.
crlf = """# 后端面试题（Windows 记事本保存）

1. 什么是 HTTP 的长连接？
\t在一个 TCP 连接上发送多个请求和响应，减少握手开销（Connection: keep-alive）。

2. 数据库事务的四个特性是什么？
\t原子性、一致性、隔离性、持久性（ACID）。

3. 如何用 Python 实现一个简单的 LRU 缓存？
\t使用 collections.OrderedDict：
\t```python
\tfrom collections import OrderedDict
\tclass LRU(OrderedDict):
\t\tdef __init__(self, cap):
\t\t\tsuper().__init__()
\t\t\tself.cap = cap
\t```

4. 什么是幂等？
\t同一个请求执行一次和执行多次的效果相同。
"""
(HERE / "12-crlf-bom-tabs.md").write_bytes(b"\xef\xbb\xbf" + crlf.replace("\n", "\r\n").encode("utf-8"))

# The split repository's picture, one folder up from the chapter that shows it (docs/ beside assets/).
PNG_1X1 = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082")
(HERE / "11-split-repo" / "assets").mkdir(parents=True, exist_ok=True)
(HERE / "11-split-repo" / "assets" / "resnet.png").write_bytes(PNG_1X1)
