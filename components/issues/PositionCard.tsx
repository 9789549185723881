import Link from 'next/link';
import { DataText } from '@/components/DataText';
import { EvidenceQuote } from '@/components/evidence/EvidenceQuote';
import { PartyName } from '@/components/PartyName';
import { ScaleMarker } from '@/components/ScaleMarker';
import { StatusBadge } from '@/components/StatusBadge';
import { type ResolvedCell, cellStatus, contestedReadings } from '@/lib/analysis';
import { hasValue, type Issue, type Party, type Source } from '@/lib/model';
import type { PartyStyle } from '@/lib/style/palette';
import { evidenceHref, issueHref } from '@/lib/url/routes';
import { formatDate } from '@/lib/wording/dates';
import { capitalise } from '@/lib/wording/text';
import { valueText } from '@/lib/wording/position';
import { SILENCE_WORDS } from '@/lib/wording/status';
import { contestedText, quoteReadingText } from '@/lib/wording/statement';
import styles from './PositionCard.module.css';

/** One party's position on an issue with everything behind it: value, status, confidence, conditions, round and quotes. */
export function PositionCard({
  datasetId,
  issue,
  party,
  style,
  cell,
  sources,
  issueTitles,
}: {
  datasetId: string;
  issue: Issue;
  party: Party;
  style?: PartyStyle;
  cell: ResolvedCell;
  sources: ReadonlyMap<string, Source>;
  issueTitles: ReadonlyMap<string, string>;
}) {
  const status = cellStatus(cell);
  const position = cell.position;
  const contested = cell.atTable ? contestedReadings(position) : undefined;
  // Each quote's reading is shown where any quote gives one, as on the evidence page.
  const readings =
    hasValue(position) && position.evidence.some((e) => e.reading !== undefined)
      ? position.evidence.map((e) => quoteReadingText(e.reading, position.value))
      : undefined;
  return (
    <article className={`card ${styles.card}`} id={`party-${party.id}`}>
      <header className={styles.head}>
        <h3>
          <PartyName name={party.name} style={style} />
        </h3>
        <StatusBadge status={status} />
      </header>
      {hasValue(position) ? (
        <>
          <p className={styles.label}>{position.label}</p>
          <ScaleMarker
            scale={issue.scale}
            value={position.value}
            range={position.acceptable}
            colour={style?.colour}
            label={valueText(position.value, position.acceptable)}
          />
          <dl className="facts small">
            <dt>Value</dt>
            <dd>{valueText(position.value, position.acceptable)}</dd>
            <dt>Confidence</dt>
            <dd>{position.confidence}</dd>
            {position.salience !== undefined ? (
              <>
                <dt>Salience</dt>
                <dd>{position.salience} of 5</dd>
              </>
            ) : null}
            {cell.fromRound ? (
              <>
                <dt>From</dt>
                <dd>
                  <DataText>{cell.fromRound.label}</DataText>, {formatDate(cell.fromRound.date)}
                  {cell.carried ? ' (an earlier round, still in force)' : ''}
                </dd>
              </>
            ) : null}
          </dl>
          <p>{position.summary}</p>
          {position.conditions?.length ? (
            <>
              <h4 className={styles.sub}>Conditions</h4>
              <ul className="small">
                {position.conditions.map((condition) => (
                  <li key={condition.text}>
                    <DataText>{condition.text}</DataText>
                    {condition.issue ? (
                      <>
                        {' '}
                        (see{' '}
                        <Link href={issueHref(datasetId, condition.issue)}>
                          <DataText>{issueTitles.get(condition.issue) ?? condition.issue}</DataText>
                        </Link>
                        )
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : status === 'withdrawn' || status === 'not-at-table' ? (
        <p className="muted">
          {status === 'withdrawn' && cell.fromRound ? (
            <>
              Withdrawn in <DataText>{cell.fromRound.label}</DataText> (
              {formatDate(cell.fromRound.date)}): {SILENCE_WORDS.withdrawn}.
            </>
          ) : (
            <>Not at the table: {SILENCE_WORDS['not-at-table']}.</>
          )}
          {position?.summary ? (
            <>
              {' '}
              <DataText>{position.summary}</DataText>
            </>
          ) : null}
        </p>
      ) : (
        <p className="muted">
          No stated position: {SILENCE_WORDS[status === 'none' ? 'none' : 'not-coded']}.
          {position?.summary ? (
            <>
              {' '}
              <DataText>{position.summary}</DataText>
            </>
          ) : null}
        </p>
      )}
      {position?.evidence?.length ? (
        <>
          <h4 className={styles.sub}>Evidence</h4>
          {contested ? (
            <p className={`notice small ${styles.contested}`}>
              {capitalise(contestedText(contested))}
            </p>
          ) : null}
          {position.evidence.map((evidence, i) => (
            <EvidenceQuote
              key={evidence.quote}
              reading={readings?.[i]}
              datasetId={datasetId}
              evidence={evidence}
              source={sources.get(evidence.source)}
              partyName={party.name}
              roundDate={cell.fromRound?.date}
            />
          ))}
        </>
      ) : null}
      {position ? (
        <p className="small">
          <Link href={evidenceHref(datasetId, issue.id, party.id)}>
            Coding note and full evidence
          </Link>
        </p>
      ) : null}
    </article>
  );
}
