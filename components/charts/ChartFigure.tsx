import type { ReactNode } from 'react';
import { ChartDownloads } from './ChartDownloads';
import styles from './ChartFigure.module.css';

/** What a chart's figure takes: the series to draw, its CSV link and the heading level. */
export interface SeriesFigureProps<Series> {
  datasetId: string;
  /** From chartCsvHref, for the same view. */
  csvHref: string;
  series: Series;
  headingLevel?: 2 | 3;
}

/** Props of ChartFigure; `description` is the chart's text equivalent for screen readers. */
export interface ChartFigureProps {
  id: string;
  title: string;
  caption: string;
  description: string;
  /** Fixed height of the chart's box in pixels (the chart fills its width). */
  height: number;
  /** Optional fixed width; the box is never wider. */
  width?: number;
  /**
   * For a chart drawn on the server at its own size (the heatmap): the box takes the chart's
   * height and scrolls sideways when the chart will not shrink to fit, instead of a fixed height.
   */
  scrollable?: boolean;
  fileName: string;
  /** Link to the chart's data as CSV (the chart.csv route), so it downloads without JavaScript. */
  csvHref: string;
  /** The same data as a table, rendered on the server. */
  table: ReactNode;
  legend?: ReactNode;
  note?: ReactNode;
  headingLevel?: 2 | 3;
  children: ReactNode;
}

/**
 * Every chart's frame: title, a one-sentence finding, a fixed-size box (so nothing moves when the
 * chart hydrates), downloads (the CSV link works without JavaScript), and a server-rendered data table so the page reads without JavaScript.
 */
export function ChartFigure({
  id,
  title,
  caption,
  description,
  height,
  width,
  scrollable = false,
  fileName,
  csvHref,
  table,
  legend,
  note,
  headingLevel = 3,
  children,
}: ChartFigureProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const boxId = `${id}-chart`;
  return (
    <figure className={styles.figure} id={id} aria-labelledby={`${id}-title`}>
      <figcaption>
        <Heading id={`${id}-title`} className={styles.title}>
          {title}
        </Heading>
        <p className={styles.caption}>{caption}</p>
      </figcaption>
      {legend}
      <div
        id={boxId}
        className={scrollable ? `${styles.box} ${styles.scroll}` : styles.box}
        style={scrollable ? { maxWidth: width } : { height, maxWidth: width }}
        role="img"
        aria-label={description}
        tabIndex={scrollable ? 0 : undefined}
      >
        {children}
      </div>
      {note ? <p className="small muted">{note}</p> : null}
      <div className={`${styles.downloads} no-print`}>
        <span className="muted">Download:</span>
        <ChartDownloads boxId={boxId} fileName={fileName} heading={{ title, caption }} />
        <a href={csvHref} download>
          CSV (data)
        </a>
      </div>
      <details className={styles.table}>
        <summary>Data table</summary>
        {table}
      </details>
    </figure>
  );
}
