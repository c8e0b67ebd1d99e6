/**
 * The network diagram's own words (components/network): what δ means on the reverse
 * network, the in-place editor's buttons and the inspector's edit action, and what a network
 * beyond the editor's limits shows instead of a label on every wire.
 */
export const diagramEn = {
  'netDiagram.deltaLegend': 'δ = ∂C/∂z, the partial derivative of C with respect to z',
  'netDiagram.deltaLegendShort': 'δ = ∂C/∂z',
  'netDiagram.inspectTarget': 'Target ŷ{index} of this example',
  'netDiagram.edit': 'Edit',
  'netDiagram.editHint': 'Edit this value (Enter or double-click on the diagram)',
  'netDiagram.ok': 'OK',
  'netDiagram.cancel': 'Cancel',
  'netDiagram.drawing': 'Drawing the network: layer {shown} of {total} ({neurons} neurons in all)…',
  'netDiagram.coarse':
    'This network is larger than the editor’s 8 hidden layers of 16 neurons: its wires are drawn together, without a label each; only the wires the step uses are drawn on their own. Hover, focus or tap an element to see its numbers.',
} as const;
