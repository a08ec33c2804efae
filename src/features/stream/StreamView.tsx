import { useState } from 'react';
import { useDataset } from '../../shared/DatasetProvider.tsx';
import { ChartCard } from '../../components/ChartCard.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { InfoTip } from '../../components/InfoTip.tsx';
import { FeedPanel } from './FeedPanel.tsx';
import { LatestPosts } from './LatestPosts.tsx';
import { ReplayPanel } from './ReplayPanel.tsx';
import { RisingHashtags } from './RisingHashtags.tsx';
import { SentimentChart, SentimentLegend, VolumeChart } from './StreamCharts.tsx';
import { StreamCloud } from './StreamCloud.tsx';
import { StreamCounters } from './StreamCounters.tsx';
import { StreamLanguages } from './StreamLanguages.tsx';
import { rateUnit, windowName } from './streamFormat.ts';
import { TopicShares } from './TopicShares.tsx';
import { useReplay } from './useReplay.ts';
import { useStreamSession } from './useStreamSession.ts';
import { ViewControls } from './ViewControls.tsx';
import { WindowSummary } from './WindowSummary.tsx';
import './stream.css';

type Source = 'replay' | 'feed';

/** Replay the dataset as a live stream, or read a live feed; each post is scored and the windows move as posts arrive. */
export default function StreamView() {
  const { profile, version } = useDataset();
  const session = useStreamSession();
  const { snapshot, cloud, view, setView, error, clearError } = session;
  const [source, setSource] = useState<Source>(profile ? 'replay' : 'feed');
  const replayStatus = snapshot?.source.kind === 'replay' ? snapshot.source.replay : null;
  const feedStatus = snapshot?.source.kind === 'feed' ? snapshot.source.feed : null;
  const replay = useReplay(
    session,
    version,
    profile !== null,
    replayStatus !== null && replayStatus.state !== 'ended',
  );
  const classifier = snapshot?.sentimentSource === 'classifier';
  const windowLength = windowName(snapshot?.windows[snapshot.window]?.length ?? 1, view.unit);

  return (
    <div className="stack stream">
      <h2 style={{ margin: 0 }}>
        Stream
        <InfoTip text="Posts arrive one by one, from the dataset replayed in time order or from a live feed, and are scored in a worker of their own: sentiment, and with an active model its topic and predicted engagement. Windows of stream time (the posts’ own times) of 1, 5 and 15 minutes feed the charts. Leaving this view stops the stream." />
      </h2>
      {error && <ErrorBanner error={error} onDismiss={clearError} testId="stream-error" />}
      <section className="card stack" aria-label="Source">
        <div role="tablist" aria-label="Source" className="row">
          {(['replay', 'feed'] as const).map((s) => (
            <button
              key={s}
              type="button"
              role="tab"
              aria-selected={source === s}
              className={`button${source === s ? ' button--primary' : ''}`}
              onClick={() => setSource(s)}
              data-testid={`source-${s}`}
            >
              {s === 'replay' ? 'Replay the dataset' : 'Live feed'}
            </button>
          ))}
        </div>
        {source === 'replay' ? (
          <ReplayPanel replay={replay} status={replayStatus} hasDataset={profile !== null} />
        ) : (
          <FeedPanel session={session} status={feedStatus} />
        )}
      </section>
      {snapshot && (
        <>
          <p className="muted" style={{ margin: 0 }} data-testid="stream-model">
            {snapshot.model.note}
          </p>
          <p className="muted" style={{ margin: 0 }} data-testid="stream-sentiment-source">
            {classifier
              ? 'Sentiment labels come from the classifier trained on your labels, as in the Sentiment view’s charts. The line is still VADER’s mean compound.'
              : source === 'feed'
                ? 'Sentiment labels come from VADER (a word list). Switch the Sentiment view’s charts to the classifier trained on your labels, then connect, to label the feed’s posts with it.'
                : 'Sentiment labels come from VADER (a word list). Label posts in the Sentiment view and switch the charts to the trained classifier to replay with its labels.'}
          </p>
          {snapshot.scoringError && (
            <ErrorBanner error={snapshot.scoringError} testId="stream-scoring-error" />
          )}
          <StreamCounters snapshot={snapshot} />
          <ViewControls view={view} setView={setView} />
          <div
            className="grid"
            data-testid="stream-dashboard"
            data-seq={snapshot.seq}
            data-held-terms={snapshot.held.terms}
            data-held-keys={snapshot.held.keys}
          >
            <ChartCard
              title={`Volume: posts per ${rateUnit(snapshot.unit).name}`}
              info={`Scored posts per ${rateUnit(snapshot.unit).name} of stream time over the last ${windowLength}, in 60 steps.`}
              testId="stream-volume"
            >
              <VolumeChart series={snapshot.series} unit={snapshot.unit} />
            </ChartCard>
            <ChartCard
              title={classifier ? 'Sentiment (trained classifier)' : 'Sentiment (VADER)'}
              info={`Mean compound (−1 to 1) per step over the last ${windowLength}, over the share of posts labelled negative, neutral and positive by ${classifier ? 'the classifier trained on your labels' : 'VADER'}. Posts the feed declares in German, Spanish, French, Italian, Portuguese or Arabic are read with a word list of that language; posts in a language we have no word list for are unscored: a band of their own, never neutral, and left out of the mean.`}
              method={
                classifier
                  ? 'labels: classifier trained on your labels; line: mean VADER compound'
                  : 'VADER compound (or the word list of the declared language), neutral between ±0.05; unscored: no word list for its language'
              }
              testId="stream-sentiment"
            >
              <SentimentChart series={snapshot.series} unit={snapshot.unit} />
              <SentimentLegend unscored={snapshot.series.unscored.some((u) => u > 0)} />
            </ChartCard>
            <ChartCard
              title="Languages"
              info={`Posts per language over the last ${windowLength}, in steps of a quarter ${snapshot.unit}: every post read, scored or not. The language is the one the feed declares (Bluesky's langs), or for a replayed dataset the one detected in the Sentiment view ("not sure" when there is none). Tick languages to score only their posts.`}
              testId="stream-languages-card"
            >
              <StreamLanguages snapshot={snapshot} view={view} setView={setView} />
            </ChartCard>
            <ChartCard
              wide
              title="Windows"
              info="The last 1, 5 and 15 units of stream time (the selected one is highlighted), each against the window of the same length before it."
              testId="stream-windows"
            >
              <WindowSummary snapshot={snapshot} />
            </ChartCard>
            <ChartCard
              title="Rising hashtags"
              info="Posts using each hashtag in the window against the mean of up to 3 windows before it. Growth = (recent + 5) / (before + 5): the 5 damps tiny counts. Listed when used by at least 3 posts and more than before."
              testId="stream-rising-card"
            >
              <RisingHashtags snapshot={snapshot} />
            </ChartCard>
            <ChartCard
              title={`Word cloud: ${view.cloud}`}
              info={`The most used ${view.cloud === 'words' ? 'words (stopwords, links and mentions left out)' : 'hashtags'} of the last ${windowLength}, sized by posts; redrawn about once a second.`}
              testId="stream-cloud-card"
            >
              <StreamCloud layout={cloud} words={view.cloud} />
            </ChartCard>
            {snapshot.model.parts.includes('topics') && (
              <ChartCard
                title="Topics"
                info="Posts of the window per topic of the active model (nearest cluster centre of their hashtags)."
                testId="stream-topics-card"
              >
                <TopicShares snapshot={snapshot} />
              </ChartCard>
            )}
            <ChartCard
              wide
              title="Latest posts"
              info="The newest scored posts (the last 20), hashtags marked where the feed placed them."
              testId="stream-latest"
            >
              <LatestPosts
                classifier={classifier}
                posts={snapshot.latest}
                unit={snapshot.unit}
                topicTerms={snapshot.topicTerms}
              />
            </ChartCard>
          </div>
        </>
      )}
    </div>
  );
}
