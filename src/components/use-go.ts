// react-router's navigate for event handlers and write callbacks: with the declarative router it
// returns nothing to wait for; if a version ever returns a promise that fails, it is reported.
import { useNavigate, type NavigateOptions, type To } from 'react-router';
import { reportUnexpected } from '../lib/unexpected-error';

export function useGo() {
  const navigate = useNavigate();
  return (to: To, options?: NavigateOptions) => {
    Promise.resolve(navigate(to, options)).catch(reportUnexpected);
  };
}
