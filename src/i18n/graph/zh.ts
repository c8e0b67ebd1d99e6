import type { graphEn } from './en';

/** 计算图场景的中文字符串；键与 graph/en.ts 完全一致（缺一个键就是类型错误）。 */
export const graphZh: Readonly<Record<keyof typeof graphEn, string>> = {
  'graph.title': '计算图',
  'graph.diagramLabel': 'f 的计算图：各个门，连线上标着值和梯度',
  'graph.legendValue': '值（前向传播），在连线上方',
  'graph.legendGrad': '梯度 ∂f/∂·（反向传播），在下方',
  'graph.preview': '预览——按 Enter 应用',

  'graph.editor': '表达式与输入',
  'graph.expression': 'f =',
  'graph.expressionLabel': '表达式',
  'graph.expressionHint':
    '运算符 + − * / ^；函数 exp、log、sqrt、abs、sin、cos、tanh、sigmoid、relu、max、min、pow；e 是自然常数 2.718…（所以 e^x 就是 exp(x)），不能用作变量。按 Enter 应用，按 Esc 还原。',
  'graph.apply': '应用',
  'graph.inputs': '输入',
  'graph.inputLabel': '{name} 的值',
  'graph.inputRefused': '{reason}；{name} 保持为 {value}。',
  'graph.presets': '例子',

  'graph.preset.apple': '买苹果',
  'graph.preset.apple-orange': '苹果和橘子',
  'graph.preset.cs231n-add-mul': 'CS231n (x + y)·z',
  'graph.preset.cs231n-sigmoid-neuron': 'CS231n sigmoid 神经元',
  'graph.preset.staged': '分步计算（分支）',
  'graph.preset.max-gate': 'max 门',
  'graph.preset.chain-case-1': '链式法则，情形 1',
  'graph.preset.chain-case-2': '链式法则，情形 2',

  'graph.error.empty': '表达式是空的：请输入一个，例如 (x + y) * z。',
  'graph.error.too-long': '表达式超过了 {limit} 个字符。',
  'graph.error.too-deep': '表达式在第 {column} 列嵌套超过了 {limit} 层。',
  'graph.error.bad-number': '第 {column} 列的{text}不是一个数字。',
  'graph.error.missing-operator':
    '第 {column} 列的{text}不是一个数字：要表示相乘，请写成 {suggestion}。',
  'graph.error.number-too-large':
    '第 {column} 列的{text}太大了（能表示的最大的数约为 1.8 × 10³⁰⁸）。',
  'graph.error.number-too-small': '第 {column} 列的{text}太小了：存下来会变成 0。',
  'graph.error.unexpected-character': '第 {column} 列出现了意外的字符{text}。',
  'graph.error.hidden-character':
    '第 {column} 列有一个不可见字符 {codePoint}（{character}）：请删掉它，或者重新输入表达式。',
  'graph.error.unexpected-token': '第 {column} 列出现了意外的{token}。',
  'graph.error.unexpected-end':
    '表达式在第 {column} 列提前结束了：后面应该是一个数字、一个变量或“(”。',
  'graph.error.missing-paren': '第 {open} 列的“(”缺少与之配对的“)”。',
  'graph.error.unknown-function': '第 {column} 列的函数{name}不存在。',
  'graph.error.misspelt-function': '第 {column} 列的函数{name}不存在——你是不是想写 {suggestion}？',
  'graph.error.constant-called':
    '第 {column} 列的 {name} 是自然常数 e，不是函数：请写成 exp(x) 或 e^x。',
  'graph.error.wrong-arity': '第 {column} 列的 {name} 需要 {expected} 个参数，实际给了 {got} 个。',
  'graph.error.function-without-call':
    '第 {column} 列的“{name}”是函数：请写成 {name}(x) 这样调用，或者给变量换个名字。',
  'graph.error.reserved-name': '第 {column} 列的{name}是保留名，不能用作变量。',
  'graph.error.too-many-variables': '表达式有 {count} 个变量，最多只能有 {limit} 个。',

  'graph.problem.log-domain': '门 {gate}：{a} 的对数不是实数。',
  'graph.problem.sqrt-domain': '门 {gate}：负数 {a} 的平方根不是实数。',
  'graph.problem.division-by-zero': '门 {gate}：{a} 除以零。',
  'graph.problem.pow-domain': '门 {gate}：{a}^{b} 不是实数。',
  'graph.problem.non-finite': '门 {gate}：结果太大，已经不是一个有限的数。',
  'graph.problem.non-finite-gradient': '门 {gate}：它传给 {input} 的梯度不是有限的数。',

  'graph.kind.var': '变量 {name}',
  'graph.kind.const': '常数 {name}',
  'graph.kind.gate': '门 {name}：{op}',
  'graph.opWithLabel': '{op}（{label}）',
  'graph.kind.output': '输出 f',
  'graph.varAria': '变量 {name} = {value}，∂f/∂{name} = {grad}',
  'graph.constAria': '常数 {value}',
  'graph.gateAria': '门 {id}，{op}：值 {value}，∂f/∂{id} = {grad}',
  'graph.outputAria': '输出 f = {value}',
  'graph.notYet': '尚未计算',
  'graph.sumMore': '+ ⋯ 另 {count} 项',

  'graph.op.add': '加法',
  'graph.op.sub': '减法',
  'graph.op.mul': '乘法',
  'graph.op.div': '除法',
  'graph.op.pow': '乘方',
  'graph.op.neg': '取负',
  'graph.op.exp': '指数',
  'graph.op.log': '对数',
  'graph.op.sqrt': '平方根',
  'graph.op.abs': '绝对值',
  'graph.op.sin': '正弦',
  'graph.op.cos': '余弦',
  'graph.op.tanh': 'tanh',
  'graph.op.sigmoid': 'sigmoid',
  'graph.op.relu': 'ReLU',
  'graph.op.max': 'max',
  'graph.op.min': 'min',

  'graph.inspector.value': '值',
  'graph.inspector.grad': '∂f/∂{name}',
  'graph.inspector.local': '局部梯度 ∂{gate}/∂{input}',
  'graph.inspector.sent': '传给 {input}',
  'graph.inspector.branch': '经由 {gate} 的分支',
  'graph.inspector.hint':
    '把鼠标移到（或用键盘聚焦、轻触）变量或门上，查看它的值、梯度和局部梯度。',

  'graph.tex.local': '局部梯度',
  'graph.tex.upstream': '上游梯度',
  'graph.tex.downstream': '下游梯度',

  'graph.narration.start':
    '现在还什么都没有计算，只知道输入的值。前向传播从左到右运行各个门，每个门算出自己的值；反向传播接着从输出处的 ∂f/∂f = 1 出发，从右到左运行：每个门把从输出端传来的梯度（上游梯度）乘以自己的局部梯度，再把乘积交给它的输入。',
  'graph.narration.end': '完成。每个输入都得到了自己的梯度：{gradients}。',
  'graph.summary.forward':
    '前向传播完成：f = {value}。每个门都记下了反向传播时计算局部梯度所需要的值。',

  'graph.forward.add':
    '前向传播，加法门 {gate}：{a} + {b} = {ap} + {bp} = {result}。值从左往右流动。',
  'graph.forward.sub': '前向传播，减法门 {gate}：{a} − {b} = {ap} − {bp} = {result}。',
  'graph.forward.mul':
    '前向传播，乘法门 {gate}：{a} × {b} = {ap} × {bp} = {result}。这个门记住两个输入：反向传播时，每个输入都要用到另一个输入的值。',
  'graph.forward.div': '前向传播，除法门 {gate}：{a} ÷ {b} = {ap} ÷ {bp} = {result}。',
  'graph.forward.pow': '前向传播，乘方门 {gate}：{a} 的 {b} 次方，{ap}^{bp} = {result}。',
  'graph.forward.neg': '前向传播，取负门 {gate}：{a} = {av} 的相反数是 {result}。',
  'graph.forward.exp': '前向传播，exp 门 {gate}：e 的 {a} = {av} 次方等于 {result}。',
  'graph.forward.log': '前向传播，log 门 {gate}：{a} = {av} 的自然对数是 {result}。',
  'graph.forward.sqrt': '前向传播，平方根门 {gate}：√{ap} = {result}。',
  'graph.forward.abs': '前向传播，绝对值门 {gate}：|{av}| = {result}。',
  'graph.forward.sin': '前向传播，sin 门 {gate}：sin({av}) = {result}。',
  'graph.forward.cos': '前向传播，cos 门 {gate}：cos({av}) = {result}。',
  'graph.forward.tanh': '前向传播，tanh 门 {gate}：tanh({av}) = {result}。',
  'graph.forward.sigmoid':
    '前向传播，sigmoid 门 {gate}：σ({a}) = 1 / (1 + e^(−{a}))，在 {a} = {av} 处等于 {result}。这个门记住自己的输出：它的局部梯度 σ(1 − σ) 只需要这个输出。',
  'graph.forward.relu':
    '前向传播，ReLU 门 {gate}：max(0, {av}) = {result}。正的输入直接通过，负的变成 0。',
  'graph.forward.max':
    '前向传播，max 门 {gate}：{a} = {av} 和 {b} = {bv} 中较大的那个通过：{result}。',
  'graph.forward.min':
    '前向传播，min 门 {gate}：{a} = {av} 和 {b} = {bv} 中较小的那个通过：{result}。',

  'graph.seed':
    '反向传播从输出开始：f 对自己的梯度是 1（∂f/∂f = 1）。从这里起，梯度在计算图中从右往左传。',

  'graph.backward.add':
    '反向传播，加法门 {gate}：它对两个输入的局部梯度都是 1，所以把上游梯度 {upstream} 原封不动地传给 {a} 和 {b}。',
  'graph.backward.add.const':
    '反向传播，加法门 {gate}：加上常数 {c} 不改变斜率，所以上游梯度 {upstream} 原封不动地传给 {v}。常数不需要梯度。',
  'graph.backward.mul.const':
    '反向传播，乘法门 {gate}：{v} 乘以了常数 {c}，所以它得到 {c} 乘以上游梯度：{cp} × {upstreamP} = {sentV}。常数不需要梯度。',
  'graph.backward.sub':
    '反向传播，减法门 {gate}：局部梯度是 +1 和 −1，所以 {a} 得到上游梯度 {upstream}，{b} 得到把上游梯度变号后的值 {sentB}。',
  'graph.backward.sub.const0':
    '反向传播，减法门 {gate}：减去常数 {c} 不改变斜率，所以 {v} 原样得到上游梯度 {upstream}。常数不需要梯度。',
  'graph.backward.sub.const1':
    '反向传播，减法门 {gate}：常数 {c} 减去 {v}，局部梯度是 −1，所以它得到把上游梯度 {upstream} 变号后的值 {sentV}。常数不需要梯度。',
  'graph.backward.mul':
    '反向传播，乘法门 {gate}：它把两个输入“交换”过来。{a} 得到 {b} 的值乘以上游梯度：{bp} × {upstreamP} = {sent}；{b} 得到 {a} 的值乘以上游梯度：{ap} × {upstreamP} = {sentB}。',
  'graph.backward.div':
    '反向传播，除法门 {gate}：{a} ÷ {b} 的局部梯度是 1/{b} = {local} 和 −{a}/{b}² = {localB}。各自乘以上游梯度 {upstream} 后，{a} 得到 {sent}，{b} 得到 {sentB}。',
  'graph.backward.div.const0':
    '反向传播，除法门 {gate}：{v} 除以常数 {c}，所以它的局部梯度是 1/{c} = {localV}，它得到 {localVp} × {upstreamP} = {sentV}。常数不需要梯度。',
  'graph.backward.div.const1':
    '反向传播，除法门 {gate}：常数 {c} 除以 {v}，所以它的局部梯度是 −{c}/{v}² = {localV}，它得到 {localVp} × {upstreamP} = {sentV}。常数不需要梯度。',
  'graph.backward.pow':
    '反向传播，乘方门 {gate}：底数 {a} 的局部梯度是 {b}·{a}^({b}−1) = {local}，它得到 {localP} × {upstreamP} = {sent}。指数 {b} 是常数，不需要梯度。',
  'graph.backward.pow.constBase':
    '反向传播，乘方门 {gate}：常数 {c} 的指数 {v} 的局部梯度是 {c}^{v}·ln {c} = {localV}，它得到 {localVp} × {upstreamP} = {sentV}。常数不需要梯度。',
  'graph.backward.pow.both':
    '反向传播，乘方门 {gate}：底数 {a} 的局部梯度是 {b}·{a}^({b}−1) = {local}，指数 {b} 的局部梯度是 {a}^{b}·ln {a} = {localB}。各自乘以上游梯度 {upstream} 后，{a} 得到 {sent}，{b} 得到 {sentB}。',
  'graph.backward.notRealUpstream':
    '反向，门 {gate}：传到它输出端的梯度不是实数（它与输出之间有一个门的值不是实数），所以它传回去的也都不是实数。',
  'graph.backward.notRealLocal':
    '反向，门 {gate}：它的值不是实数，局部梯度也就不是实数，所以它传回去的也都不是实数。',
  'graph.backward.neg':
    '反向传播，取负门 {gate}：局部梯度是 −1，所以 {a} 得到把上游梯度 {upstream} 变号后的值 {sent}。',
  'graph.backward.exp':
    '反向传播，exp 门 {gate}：eˣ 的导数就是 eˣ 本身，所以局部梯度就是这个门自己的输出 {local}；{a} 得到它乘以上游梯度：{localP} × {upstreamP} = {sent}。',
  'graph.backward.log':
    '反向传播，log 门 {gate}：局部梯度是 1/{a} = 1/{ap} = {local}；乘以上游梯度 {upstream} 后，{a} 得到 {sent}。',
  'graph.backward.sqrt':
    '反向传播，平方根门 {gate}：局部梯度是 1/(2√{a}) = {local}；乘以上游梯度 {upstream} 后，{a} 得到 {sent}。',
  'graph.backward.abs':
    '反向传播，绝对值门 {gate}：局部梯度是 {a} = {av} 的符号，即 {local}，所以 {a} 得到带着这个符号的上游梯度 {upstream}：{sent}。',
  'graph.backward.sin':
    '反向传播，sin 门 {gate}：局部梯度是 cos({a}) = cos({av}) = {local}；乘以上游梯度 {upstream} 后，{a} 得到 {sent}。',
  'graph.backward.cos':
    '反向传播，cos 门 {gate}：局部梯度是 −sin({a}) = −sin({av}) = {local}；乘以上游梯度 {upstream} 后，{a} 得到 {sent}。',
  'graph.backward.tanh':
    '反向传播，tanh 门 {gate}：局部梯度 1 − tanh² = {local} 由这个门自己的输出算出；乘以上游梯度 {upstream} 后，{a} 得到 {sent}。',
  'graph.backward.sigmoid':
    '反向传播，sigmoid 门 {gate}：局部梯度 σ(1 − σ) = {local} 由这个门自己的输出算出；{a} 得到它乘以上游梯度：{localP} × {upstreamP} = {sent}。',
  'graph.backward.relu':
    '反向传播，ReLU 门 {gate}：输入 {a} = {av} 为正，所以局部梯度是 1，上游梯度 {upstream} 原样通过。',
  'graph.backward.relu.blocked':
    '反向传播，ReLU 门 {gate}：输入 {a} = {av} 不是正数，所以局部梯度是 0，上游梯度 {upstream} 被挡住：{a} 得到 0。',
  'graph.backward.max':
    '反向传播，max 门 {gate}：它把整个上游梯度 {upstream} 都送给较大的输入 {winner}；另一个输入 {loser} 没有影响 f，得到 0。',
  'graph.backward.max.const':
    '反向传播，max 门 {gate}：上游梯度 {upstream} 送给较大的输入 {winner}；{loser} 没有影响 f。常数不需要梯度，所以 {v} 得到 {sentV}。',
  'graph.backward.min':
    '反向传播，min 门 {gate}：它把整个上游梯度 {upstream} 都送给较小的输入 {winner}；另一个输入 {loser} 没有影响 f，得到 0。',
  'graph.backward.min.const':
    '反向传播，min 门 {gate}：上游梯度 {upstream} 送给较小的输入 {winner}；{loser} 没有影响 f。常数不需要梯度，所以 {v} 得到 {sentV}。',
  'graph.backward.fanout':
    '至此，{fanOutNode} 的梯度完整了。{fanOutNode} 作为输入用了 {fanOut} 次，所以有 {fanOut} 条分支的梯度传回来，它们要相加：∂f/∂{fanOutNode} = {branches} = {sum}。这就是链式法则的情形 2：多条路径的贡献相加。',

  'graph.code.caption':
    '《深度学习入门：基于 Python 的理论与实现》第 5 章：同一个计算写成代码中的层：书中的 Python（以及 TypeScript）。高亮的行就是当前这一步。',
  'graph.code.title': '代码中的层',
  'graph.code.layers': '层的定义',
  'graph.code.usage': '使用这些层',
  'graph.code.language': '代码的语言',
  'graph.code.python': 'Python（书中的代码）',
  'graph.code.typescript': 'TypeScript',
  'graph.code.printout': '脚本打印的结果',
  'graph.code.printoutLater': '最后一步执行完（End）后，脚本会打印出结果。',

  'graph.chain.title1': '链式法则，情形 1：微小的变化沿一条路径传递',
  'graph.chain.title2': '链式法则，情形 2：微小的变化沿两条路径传递，两条路径的贡献相加',
  'graph.chain.intro1':
    'y = g(x) = x²，z = h(y) = sin y。让 x 变化 Δx：y 随之变化 Δy，又使 z 变化 Δz。',
  'graph.chain.intro2':
    'x = g(s) = eˢ，y = h(s) = s²，z = k(x, y) = x·y。让 s 变化 Δs：x 和 y 都会变化，两者的变化都传到 z。',
  'graph.chain.nudge': '微调 {name}',
  'graph.chain.nudgeAria': '变化量 Δ{name} 的大小（对数刻度）',
  'graph.chain.derivative': '代入当前数值的链式法则',
  'graph.chain.ratio': 'Δz/Δ{name}',
  'graph.chain.converges': '变化量越小，Δz/Δ{name} 越接近链式法则算出的 {exact}。',
  'graph.chain.tableCaption': '越来越小的变化量',
  'graph.chain.error': '差值',
};
