/** The challenges' UI string keys: `dockside.challenges.<key>` in src/content/i18n/<lang>.json. */
export const CHALLENGE_KEYS = ['heading', 'intro', 'hints', 'hint', 'moreHint', 'hintOf', 'solution', 'showSolution', 'solutionPlaying', 'openPlayground', 'notStarted', 'done', 'doneStatus', 'doneBefore', 'notYet', 'goal', 'pageIntro', 'progress', 'next', 'allDone', 'clear', 'cleared', 'sidebarDone', 'playgroundGoal', 'unknown'] as const;

export type ChallengeStrings = Record<(typeof CHALLENGE_KEYS)[number], string>;
