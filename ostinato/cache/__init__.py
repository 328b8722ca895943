"""st.cache_data and st.cache_resource (decorators.py), with how they key calls
(hashing.py), where entries live (stores.py in memory, disk.py, redis_store.py,
sealed.py for the bytes of those) and how elements written by a cached function
are shown again on a hit (replay.py). Above the elements, below the front doors."""
