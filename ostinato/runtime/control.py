"""Control flow of a run: rerun and stop. BaseException, so a user's
`except Exception:` around st.* calls cannot swallow them."""


class ScriptControl(BaseException):
    """Ends the current run early; never shown to the user."""


class RerunInterrupt(ScriptControl):
    """A newer rerun request (or st.rerun()) ends this run; another starts at once."""


class StopRun(ScriptControl):
    """st.stop(): the run ends quietly, keeping what was written so far."""
