/** The planner's workflow: scenarios, drawing, proposals, import, export and sharing, comparison. */
import { CompareSection } from './CompareSection.tsx';
import { DrawToolbar } from './DrawToolbar.tsx';
import { ExportShareSection } from './ExportShareSection.tsx';
import { ImportSection } from './ImportSection.tsx';
import { ProposalList } from './ProposalList.tsx';
import { ScenarioBar } from './ScenarioBar.tsx';

export function ScenarioPanel() {
  return (
    <div className="scenario-panel">
      <ScenarioBar />
      <DrawToolbar />
      <ProposalList />
      <CompareSection />
      <ImportSection />
      <ExportShareSection />
    </div>
  );
}
