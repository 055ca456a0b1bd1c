import type { AnalyticsSchemas } from '../../api/types';
import { percent } from '../../words';

type Cell = AnalyticsSchemas['Cell'];
type Share = AnalyticsSchemas['Share'];

/** A count that leaves analytics: 1–4 are suppressed, and shown as suppressed, never as a number. */
export function Count({ cell }: { cell?: Cell }) {
  if (!cell) {
    return <>–</>;
  }
  return cell.suppressed ? <span className="suppressed" title="Færre end 5: skjult af hensyn til fortroligheden">skjult</span> : <>{cell.count?.toLocaleString('da-DK')}</>;
}

/** A share with the counts it is made of; a share of a suppressed count is not shown. */
export function ShareOf({ share }: { share?: Share }) {
  if (!share) {
    return <>–</>;
  }
  const hidden = share.part?.suppressed || share.whole?.suppressed;
  return (
    <>
      {hidden ? <span className="suppressed">skjult</span> : percent(share.share)}
      {' '}<span className="muted">(<Count cell={share.part} /> af <Count cell={share.whole} />)</span>
    </>
  );
}
