// The styled-components recipe of Next.js: the SWC transform for the app's own styled components, and
// the registry in app/registry.jsx that puts the styles rendered on the server into the server HTML.
/** @type {import('next').NextConfig} */
const nextConfig = {
  compiler: { styledComponents: true },
};

export default nextConfig;
