// The loose translate function the scenario modules take, so pure code can be tested without React.
export type Translate = (key: string, vars?: Record<string, string | number>) => string;
