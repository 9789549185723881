'use client';

import { useState } from 'react';
import { type ExportHeading, saveBlob, standaloneSvg, svgToPng } from './svgExport';
import styles from './ChartFigure.module.css';

/** Props of ChartDownloads: the id of the box holding the drawn <svg>, a file name stem, and the data as CSV. */
export interface ChartDownloadsProps {
  boxId: string;
  fileName: string;
  csv: string;
  /** Written above the chart in the SVG and PNG files. */
  heading: ExportHeading;
}

/** SVG and PNG of the drawn chart, CSV of its data (the CSV link works without JavaScript). */
export function ChartDownloads({ boxId, fileName, csv, heading }: ChartDownloadsProps) {
  const [problem, setProblem] = useState<string>();
  const drawn = () => {
    const box = document.getElementById(boxId);
    const svg = box?.querySelector<SVGSVGElement>('svg.recharts-surface, svg[data-chart]');
    if (!svg) throw new Error('The chart has not been drawn yet');
    return standaloneSvg(svg, heading);
  };
  const run = (save: () => Promise<void>) => () => {
    setProblem(undefined);
    save().catch((error: unknown) =>
      setProblem(error instanceof Error ? error.message : 'Download failed'),
    );
  };
  const saveSvg = run(async () => {
    saveBlob(new Blob([drawn().text], { type: 'image/svg+xml' }), `${fileName}.svg`);
  });
  const savePng = run(async () => {
    const { text, width, height } = drawn();
    saveBlob(await svgToPng(text, width, height), `${fileName}.png`);
  });
  return (
    <div className={`${styles.downloads} no-print`}>
      <span className="muted">Download:</span>
      <button type="button" onClick={saveSvg}>
        SVG
      </button>
      <button type="button" onClick={savePng}>
        PNG
      </button>
      <a
        href={`data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`}
        download={`${fileName}.csv`}
      >
        CSV (data)
      </a>
      {problem ? (
        <span role="alert" className="small">
          {problem}
        </span>
      ) : null}
    </div>
  );
}
