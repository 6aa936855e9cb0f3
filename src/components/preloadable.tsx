// React.lazy with a preload, for pages (components without props). React suspends on a lazy
// component's first render even when its module has already arrived, and then holds the reveal
// back (React 19 throttles Suspense fallbacks for about 300 ms). A page whose code is already
// loaded renders at once instead.
import { createElement, lazy, type ComponentType } from 'react';

export function preloadable(load: () => Promise<{ default: ComponentType }>) {
  let loaded: ComponentType | null = null;
  let loading: Promise<{ default: ComponentType }> | null = null;
  const preload = () =>
    (loading ??= load().then((module) => {
      loaded = module.default;
      return module;
    }));
  const Lazy = lazy(preload);
  function Preloadable() {
    return createElement(loaded ?? Lazy);
  }
  return { Component: Preloadable, preload };
}
