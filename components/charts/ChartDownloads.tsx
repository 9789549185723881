'use client';

import { useState } from 'react';
import { type ExportHeading, saveBlob, standaloneSvg, svgToPng } from './svgExport';

/** Props of ChartDownloads: the id of the box holding the drawn <svg> and a file name stem. */
export interface ChartDownloadsProps {
  boxId: string;
  fileName: string;
  /** Written above the chart in the SVG and PNG files. */
  heading: ExportHeading;
}

/** SVG and PNG of the drawn chart (made in the browser from the drawn <svg>). */
export function ChartDownloads({ boxId, fileName, heading }: ChartDownloadsProps) {
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
    <>
      <button type="button" onClick={saveSvg}>
        SVG
      </button>
      <button type="button" onClick={savePng}>
        PNG
      </button>
      {problem ? (
        <span role="alert" className="small">
          {problem}
        </span>
      ) : null}
    </>
  );
}
