import type { Messages } from './en';
import { chaptersZh } from './chapters/zh';
import { exportZh } from './export/zh';
import { graphZh } from './graph/zh';
import { networkZh } from './network/zh';
import { issuesZh } from './issues/zh';
import { trainingZh } from './training/zh';
import { playgroundSharedZh } from './playground/sharedZh';
import { classZh } from './class/zh';
import { practiceZh } from './practice/zh';
import { diagramZh } from './diagram/zh';
import { storageZh } from './storage/zh';
import { screensZh } from './screens/zh';

/** 简体中文。键与英文词典完全一致；缺一个键就是类型错误。 */
export const zh: Messages = {
  ...exportZh,
  ...graphZh,
  ...networkZh,
  ...trainingZh,
  ...playgroundSharedZh,
  ...issuesZh,
  ...storageZh,
  ...diagramZh,
  ...chaptersZh,
  ...screensZh,
  ...practiceZh,
  ...classZh,
  'app.title': '反向传播电路',
  'app.tagline': '一步一步看反向传播：前向网络与由运算放大器组成的反向网络',
  'app.loading': '正在加载…',
  'app.language': '语言',
  'lang.en': 'English',
  'lang.zh': '中文',

  'scene.network': '神经网络',
  'scene.training': '梯度下降',
  'scene.graph': '计算图',

  'phase.forward': '前向传播',
  'phase.cost': '代价',
  'phase.backward': '反向传播',
  'phase.gradients': '梯度',
  'phase.update': '参数更新',
  'phase.costShort': 'C',
  'phase.start': '开始',

  'controls.label': '单步控制',
  'controls.start': '回到开头',
  'controls.previous': '上一步',
  'controls.play': '播放',
  'controls.pause': '暂停',
  'controls.next': '下一步',
  'controls.answerFirst': '请先回答',
  'controls.end': '跳到结尾',
  'controls.speed': '速度',
  'controls.step': '第 {step} 步，共 {total} 步',
  'controls.timeline': '时间轴：拖动或点击可跳到任意一步',
  'controls.previousPhase': '上一阶段',
  'controls.nextPhase': '下一阶段',
  'controls.phaseGroup': '按阶段执行',
  'controls.phaseBack': '退回一个阶段',
  'controls.phaseBackHint': '回到上一阶段结束时（[）',
  'controls.phaseNextHint': '把这一阶段剩下的步骤一次执行完（]）',
  'controls.all.forward': '整个前向传播',
  'controls.all.cost': '代价',
  'controls.all.backward': '整个反向传播',
  'controls.all.gradients': '全部梯度',
  'controls.all.update': '全部更新',

  'diagram.forward': '前向网络',
  'diagram.reverse': '反向网络（运算放大器，增益 σ′(z)）',
  'diagram.cost': '代价 C',
  'diagram.input': '输入 x{index}',
  'diagram.neuron': '神经元 {neuron}',
  'diagram.label': '神经网络及其反向网络',
  'diagram.neuronAria': '第 {layer} 层神经元 {neuron}：z = {z}，a = {a}，∂C/∂z = {delta}',
  'diagram.inputAria': '输入 x{index} = {a}',
  'diagram.edgeAria': '权重 w{to},{from} = {w}，∂C/∂w = {grad}',
  'diagram.biasAria': '偏置 b{neuron} = {b}，∂C/∂b = {grad}',
  'diagram.ampAria':
    '神经元 {neuron} 的运算放大器：增益 σ′(z) = {gain}，输入 ∂C/∂a = {input}，输出 ∂C/∂z = {delta}',
  'diagram.lossAria': '代价 C = {value}',
  'diagram.notYet': '尚未计算',
  'diagram.dzdw': '∂z/∂w = {value}',

  'formula.title': '公式',
  'formula.none': '按“下一步”（→）执行第一步。',

  'inspector.title': '查看器',
  'inspector.hint':
    '把鼠标移到（或用键盘聚焦、轻触）神经元、权重、偏置或运算放大器上，查看它的全部数值。',
  'inspector.neuron': '神经元 {neuron}（第 {layer} 层）',
  'inspector.input': '输入 x{index}',
  'inspector.edge': '权重 w{to},{from}',
  'inspector.bias': '偏置 b{neuron}',
  'inspector.amp': '神经元 {neuron} 的运算放大器',
  'inspector.loss': '代价',
  'inspector.gain': '增益 σ′(z)',

  'diagram.targetAria': '目标 ŷ{index} = {y}；按回车键编辑',

  'edit.label': '新的值',
  'edit.hint': '回车确认 · Esc 取消',
  'edit.range-01': '使用二元交叉熵时，目标值必须在 0 和 1 之间。',
  'edit.non-negative': '使用 softmax 交叉熵时，目标值不能为负。',

  'toolbar.label': '网络操作',
  'toolbar.apply': '执行更新',
  'toolbar.applyThen': '→ 新一轮',
  'toolbar.applyHint': '把每个参数换成 θ − η∂L/∂θ，并用新的权重重新开始前向传播',
  'toolbar.undo': '撤销',
  'toolbar.redo': '重做',

  'settings.title': '网络设置',
  'settings.layer': '层',
  'settings.neurons': '神经元',
  'settings.activation': '激活函数',
  'settings.remove': '删除',
  'settings.inputLayer': '输入层',
  'settings.outputLayer': '输出层',
  'settings.hiddenLayer': '隐藏层 {index}',
  'settings.fewer': '{layer}：减少一个神经元',
  'settings.more': '{layer}：增加一个神经元',
  'settings.activationOf': '{layer}：激活函数',
  'settings.removeLayer': '删除{layer}',
  'settings.addLayer': '+ 隐藏层',
  'settings.loss': '代价函数',
  'settings.learningRate': '学习率 η',
  'settings.seed': '随机种子',
  'settings.seedError': '随机种子必须是 0 到 {limit} 之间的整数。',
  'settings.reinitialise': '重新初始化权重',
  'settings.reset': '恢复为课程中的例子',

  'loss.half-sse': '½ Σ (y − ŷ)²',
  'loss.sse': 'Σ (y − ŷ)²',
  'loss.mse': '(y − ŷ)² 的平均',
  'loss.bce': '二元交叉熵',
  'loss.softmax-ce': 'softmax + 交叉熵',

  'share.button': '分享',
  'share.title': '分享当前这个状态',
  'share.explain': '打开这个链接的人会看到同样的网络、同样的数值、同样的步骤和同样的语言。',
  'share.link': '指向当前状态的链接',
  'share.copy': '复制链接',
  'share.copied': '已复制到剪贴板。',
  'share.copyFailed': '无法复制：请选中链接后手动复制。',
  'share.qr': '链接的二维码',
  'share.preparing': '正在生成链接（大型网络需要稍等片刻）……',
  'share.length': '链接长度为 {count} 个字符。',
  'share.options': '链接选项：隐藏部分内容、嵌入、演示',
  'share.hide': '在对方页面上隐藏（用于限定操作的练习）',
  'share.view': '打开方式',
  'share.embed': '嵌入视图（无界面装饰，适合放进幻灯片或课程网页的 iframe）',
  'share.presenter': '演示模式',
  'share.snippet': '粘贴到网页或幻灯片中的 HTML',
  'share.part.header': '页眉（场景、文件、语言）',
  'share.part.editor': '编辑（权重、设置、更新）',
  'share.part.timeline': '时间轴',
  'share.part.controls': '单步按钮',
  'share.part.formula': '公式',
  'share.part.narration': '旁白',
  'share.part.inspector': '查看器',
  'share.part.share': '分享、保存、打开和导出',
  'share.local':
    '这个链接指向本机（localhost）：下面的二维码只能在本机打开，用手机扫描也无法访问。要用二维码分享，请把应用部署到全班都能访问的地址。',
  'share.qrTooLong':
    '无法生成二维码：这个链接有 {count} 个字符，而二维码最多只能容纳 {max} 个。请改为复制链接。',
  'share.linkTooLong':
    '这个状态太大，无法放进链接（{size} KB；链接最多只能打开 {max} KB）。请把它存成文件再发送，对方用“打开…”即可打开。',
  'share.noLink': '没有链接：状态太大（见下方）。',
  'share.saveInstead': '存成文件',
  'share.close': '关闭',

  'file.save': '保存',
  'file.open': '打开…',

  'presenter.enter': '演示',
  'presenter.exit': '退出演示',
  'presenter.hint':
    '全屏、大字号、旁白作为字幕。按键：→ / PageDown 下一步，← / PageUp 上一步，B 黑屏，N / P 切换章节。',
  'presenter.blank': '屏幕已黑屏。按 B 恢复显示。',
  'theme.label': '主题',
  'theme.system': '跟随系统',
  'theme.light': '浅色',
  'theme.dark': '深色',
  'theme.contrast': '高对比度',
  'embed.openFull': '在完整应用中打开',

  'zoom.label': '缩放',
  'zoom.in': '放大',
  'zoom.out': '缩小',
  'zoom.fit': '让图适应面板大小',
  'zoom.fitShort': '适应',

  'notes.title': '关于这些数值',
  'notes.saturated':
    '神经元 {neurons} 的 σ′(z) 恰好为 0：激活函数已经饱和。|z| 这么大时，σ(z) 在 float64 中被舍入成它的极限值（恰好是 1、0 或 −1），所以斜率恰好为 0：没有梯度能反向穿过这些神经元，它们的 δ 为 0。',
  'notes.bceCertain':
    '神经元 {neuron} 的输出 a 恰好是 {output}：二元交叉熵在这里要取 log 0，所以代价为无穷大，梯度没有定义（NaN）。较小的权重能让 sigmoid 远离 0 和 1。',
  'notes.overflow': '神经元 {neuron} 的数值超出了 float64 的范围（±∞）：权重太大，数值无法表示。',
  'notes.notANumber':
    'NaN 最早出现在神经元 {neuron} 的 {quantity} 中：那里发生了像 ∞ − ∞ 或 0 · ∞ 这样没有定义的运算，由它算出的所有值也都是 NaN。',

  'error.scene':
    '这个场景无法绘制。你的工作没有丢失：链接和撤销记录里都还保存着。请重试，或切换到其他场景。',
  'error.retry': '重试',
  'error.title': '无法打开',
  'error.kept': '已改为显示默认场景。',
  'error.keptFile': '没有做任何改动：你当前的工作保持原样。',
  'error.dismiss': '关闭',
  'error.at': '位置：{path}',
};
