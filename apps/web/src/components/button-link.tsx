import { Button, type ButtonProps } from "antd";
import { useHref, useNavigate } from "react-router";

type ButtonLinkProps = Omit<ButtonProps, "href" | "onClick"> & { to: string };

/** A link that looks like a button: a real `<a href>`, navigating inside the app on a plain click. */
export function ButtonLink({ to, ...props }: ButtonLinkProps) {
  const navigate = useNavigate();
  const href = useHref(to);
  return (
    <Button
      {...props}
      href={href}
      onClick={(event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        void navigate(to);
      }}
    />
  );
}
