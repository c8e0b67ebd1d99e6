import type { Scenario } from '../../engine';

/** Downloads the scenario as pretty-printed JSON, in the format DESIGN.md describes. */
export function saveScenarioFile(scenario: Scenario): void {
  const blob = new Blob([`${JSON.stringify(scenario, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = scenario.kind === 'graph' ? 'backprop-graph.json' : 'backprop-network.json';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled, or the download can be cancelled.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
