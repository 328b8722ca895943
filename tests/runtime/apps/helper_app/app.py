import helpers

import ostinato as st

st.write(helpers.GREETING)
