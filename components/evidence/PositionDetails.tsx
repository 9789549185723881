import { DataText } from '@/components/DataText';
import { ScaleMarker } from '@/components/ScaleMarker';
import { hasValue, type Issue, type Position, type Round, type Source } from '@/lib/model';
import { sourceHref } from '@/lib/url/routes';
import { formatDate } from '@/lib/wording/dates';
import { points } from '@/lib/wording/numbers';
import { valueText } from '@/lib/wording/position';
import { capitalise } from '@/lib/wording/text';
import { EvidenceQuote } from './EvidenceQuote';
import { PositionStatus } from './PositionStatus';
import styles from './PositionDetails.module.css';

/** A condition with a link to the cell of the issue it ties to, when it names one. */
export interface ConditionView {
  text: string;
  issueTitle?: string;
  href?: string;
}

/**
 * One coded (or checked-silent) position in full: status, label, value on the issue's scale,
 * acceptable range, salience, confidence, conditions, summary, coding note and every quote.
 */
export function PositionDetails({
  datasetId,
  position,
  issue,
  partyName,
  colour,
  fromRound,
  carried,
  conditions,
  sources,
  contested,
  readings,
}: {
  datasetId: string;
  position: Position;
  issue: Issue;
  partyName: string;
  colour: string;
  fromRound: Round;
  carried: boolean;
  conditions: ConditionView[];
  sources: Map<string, Source>;
  /** "sources disagree: readings 20–80 of 100 (coded 50)" for a contested cell. */
  contested?: string;
  /** What each quote reads on the scale, in evidence order, when any quote gives a reading. */
  readings?: string[];
}) {
  const coded = hasValue(position) ? position : undefined;
  return (
    <section className={styles.details} aria-label="Position">
      <div className={styles.head}>
        <PositionStatus kind={position.status} />
        {position.confidence ? (
          <span className="small muted">
            {position.confidence} confidence
            {position.status === 'none' ? ' that the sources are silent' : ''}
          </span>
        ) : null}
        <span className={`small ${carried ? styles.carried : 'muted'}`}>
          {position.status === 'withdrawn' ? 'Withdrawn in' : 'Dates from'}{' '}
          <DataText>{fromRound.label}</DataText> ({formatDate(fromRound.date)})
          {carried ? ', an earlier round than the one viewed' : ''}
        </span>
      </div>
      {position.label ? <p className={styles.label}>{position.label}</p> : null}
      {coded ? (
        <div className={styles.marker}>
          <ScaleMarker
            value={coded.value}
            range={coded.acceptable}
            colour={colour}
            hollow={coded.status === 'inferred'}
            label={valueText(coded.value, coded.acceptable)}
            scale={issue.scale}
            showPoles
          />
        </div>
      ) : null}
      <dl className="facts">
        {coded ? (
          <>
            <dt>Value</dt>
            <dd>{points(coded.value)} of 100</dd>
            <dt>Could accept</dt>
            <dd>
              {coded.acceptable
                ? `${points(coded.acceptable.min)} to ${points(coded.acceptable.max)}`
                : 'no range coded'}
            </dd>
            <dt>Salience</dt>
            <dd>{coded.salience !== undefined ? `${coded.salience} of 5` : 'not coded'}</dd>
          </>
        ) : null}
        {position.summary ? (
          <>
            <dt>Summary</dt>
            <dd>{position.summary}</dd>
          </>
        ) : null}
        <dt>Coding note</dt>
        <dd>{position.codingNote ?? <span className="muted">no coding note</span>}</dd>
        {conditions.length ? (
          <>
            <dt>Conditions</dt>
            <dd>
              <ul className={styles.conditions}>
                {conditions.map((c) => (
                  <li key={c.text}>
                    <DataText>{c.text}</DataText>
                    {c.href ? (
                      <>
                        {' '}
                        (
                        <a href={c.href}>
                          <DataText>{c.issueTitle}</DataText>
                        </a>
                        )
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
      <h3>Evidence</h3>
      {contested ? (
        <p className={`notice ${styles.contested}`}>
          <strong>{capitalise(contested)}</strong>. Each quote below is shown with its reading: the
          value on the scale that quote alone supports. The value above is the coder&apos;s
          judgement across them.
        </p>
      ) : null}
      {position.evidence?.length
        ? position.evidence.map((evidence, i) => (
            <EvidenceQuote
              key={i}
              datasetId={datasetId}
              evidence={evidence}
              source={sources.get(evidence.source)}
              partyName={partyName}
              roundDate={fromRound.date}
              reading={readings?.[i]}
            />
          ))
        : null}
      {position.status === 'none' && position.checked?.length ? (
        <ul className={styles.conditions}>
          {position.checked.map((id) => (
            <li key={id}>
              checked:{' '}
              <a href={sourceHref(datasetId, id)}>
                <DataText>{sources.get(id)?.title ?? id}</DataText>
              </a>
              , nothing said
            </li>
          ))}
        </ul>
      ) : position.evidence?.length ? null : (
        <p className="muted">No quote: the coder found the sources silent on this.</p>
      )}
    </section>
  );
}
