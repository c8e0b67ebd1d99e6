/**
 * The network diagram's own words (components/network): what δ means on the reverse
 * network, the in-place editor's buttons and the inspector's edit action, and what a big
 * network shows while it is being drawn.
 */
export const diagramEn = {
  'netDiagram.deltaLegend': 'δ = ∂C/∂z, the partial derivative of C with respect to z',
  'netDiagram.deltaLegendShort': 'δ = ∂C/∂z',
  'netDiagram.inspectTarget': 'Target ŷ{index} of this example',
  'netDiagram.edit': 'Edit',
  'netDiagram.editHint': 'Edit this value (Enter or double-click on the diagram)',
  'netDiagram.ok': 'OK',
  'netDiagram.cancel': 'Cancel',
  'netDiagram.drawing': 'Drawing the network: {done} of {total} layers',
  'netDiagram.coarse':
    'This network is larger than the editor’s 8 hidden layers of 16 neurons: each step computes a whole layer, and its wires are drawn together, without a label each.',
  'netDiagram.layerSteps': 'The steps inside this layer',
  'netDiagram.layerStepsMore': '… and {count} more',
} as const;
