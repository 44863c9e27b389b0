import StyledComponentsRegistry from './registry';

export const metadata = { title: 'react-call-records on the Next.js App Router' };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>
        <StyledComponentsRegistry>{children}</StyledComponentsRegistry>
      </body>
    </html>
  );
}
