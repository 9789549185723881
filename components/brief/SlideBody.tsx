import type { Slide } from '@/lib/brief';
import { AgreementSlideBody } from './AgreementSlideBody';
import { ChangesSlideBody } from './ChangesSlideBody';
import { DelegationsSlideBody } from './DelegationsSlideBody';
import { DemandsSlideBody } from './DemandsSlideBody';
import { GapsSlideBody } from './GapsSlideBody';
import { IssueSlideBody } from './IssueSlideBody';
import { MethodSlideBody } from './MethodSlideBody';
import { RedlineSlideBody } from './RedlineSlideBody';
import { ShiftsSlideBody } from './ShiftsSlideBody';
import { StandingsSlideBody } from './StandingsSlideBody';
import { TimelineSlideBody } from './TimelineSlideBody';
import { TitleSlideBody } from './TitleSlideBody';
import { WhatItTakesSlideBody } from './WhatItTakesSlideBody';

/** The body of a slide, by its kind. */
export function SlideBody({ slide }: { slide: Slide }) {
  switch (slide.kind) {
    case 'title':
      return <TitleSlideBody slide={slide} />;
    case 'standings':
      return <StandingsSlideBody slide={slide} />;
    case 'gaps':
      return <GapsSlideBody slide={slide} />;
    case 'agreement':
      return <AgreementSlideBody slide={slide} />;
    case 'issue':
      return <IssueSlideBody slide={slide} />;
    case 'shifts':
      return <ShiftsSlideBody slide={slide} />;
    case 'changes':
      return <ChangesSlideBody slide={slide} />;
    case 'timeline':
      return <TimelineSlideBody slide={slide} />;
    case 'delegations':
      return <DelegationsSlideBody slide={slide} />;
    case 'demands':
      return <DemandsSlideBody slide={slide} />;
    case 'redline':
      return <RedlineSlideBody slide={slide} />;
    case 'what-it-takes':
      return <WhatItTakesSlideBody slide={slide} />;
    case 'method':
      return <MethodSlideBody slide={slide} />;
  }
}
